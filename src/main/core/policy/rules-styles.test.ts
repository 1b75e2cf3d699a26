/**
 * Rule cases met in later rounds of labelled styles (press conference,
 * implementation plan, park brochure, city feature, policy interpretation,
 * work report, commentary, notice, statistical bulletin, 意见, finance news,
 * speech), each with the trap it must not fall into.
 */
import { describe, expect, it } from 'vitest'
import { detectPolicyPoints } from './detect'
import { findSlogans } from './slogans'

/** The [kind, text, label] of every span found in `text`. */
function found(text: string): [string, string, string][] {
  return detectPolicyPoints(text).map((s) => [s.kind, s.text, s.label])
}

describe('slogans', () => {
  it('takes a quoted list when two of its phrases are numeral-led', () => {
    expect(found('贯彻“四化同步、城乡融合、五区共兴”发展战略。')).toEqual([
      ['slogan', '“四化同步、城乡融合、五区共兴”', '四化同步、城乡融合、五区共兴'],
    ])
    expect(found('以“千村示范、万村整治”工程为引领。')[0]?.[2]).toBe('千村示范、万村整治')
    expect(found('概括起来就是“一条主线、三大任务”。')[0]?.[2]).toBe('一条主线、三大任务')
    expect(found('坚持“项目为王、产业为基”。')).toEqual([])
    expect(found('推行“一窗受理、集成服务”。')).toEqual([])
  })
  it('takes a quoted name of numerals alone only before a programme noun', () => {
    expect(found('深入实施“百千万”招商工程。')).toEqual([['slogan', '“百千万”', '百千万']])
    expect(found('惠及“千万”家庭。')).toEqual([])
    expect(found('学习运用“千万工程”经验，实施“百千万工程”。').map((s) => s[2])).toEqual([
      '千万工程',
      '百千万工程',
    ])
  })
  it('does not read a scale (“十亿级”), 一号 (“一号工程”) or a count (“十条”) as a slogan', () => {
    expect(found('这是“十亿级”的市场，也是全市的“一号工程”。')).toEqual([])
    expect(findSlogans('坚持“三年”不变，细读“十条”内容，做好“三夏”生产，欢度“五一”。')).toEqual([])
  })
  it('takes a quoted 双 and a short name (“双减”, “双一流”, “双百工程”), not a word (“双赢”)', () => {
    expect(found('落实“双减”政策，建设“双一流”高校，实施“双百工程”。').map((s) => s[2])).toEqual([
      '双减',
      '双一流',
      '双百工程',
    ])
    expect(found('实现“双赢”，推动企业“两头在外”转型。')).toEqual([])
  })
  it('takes a quoted 百/千/万 and three characters, but not a time or a sum', () => {
    expect(found('实施制造业“千企技改”行动。')).toEqual([['slogan', '“千企技改”', '千企技改']])
    expect(found('这座“千年古城”焕发新颜。')).toEqual([])
  })
})

describe('an article title given apart from its text', () => {
  it('tells the rules what the document is, and reports nothing in it', () => {
    const text = '三、强化技能培训。培训后就业率提高到70%。落实“科创十条”和十条措施。'
    expect(detectPolicyPoints(text).map((s) => s.text)).toEqual(['“科创十条”', '十条措施'])
    const titled = detectPolicyPoints(text, '关于印发《江城市支持科技创新十条措施》的通知')
    expect(titled.map((s) => [s.text, s.label, text.slice(s.start, s.end)])).toEqual([
      ['培训后就业率提高到70%', '培训后就业率提高到70%', '培训后就业率提高到70%'],
      ['“科创十条”', '科创10条', '“科创十条”'],
      ['十条措施', '支持科技创新10条', '十条措施'],
    ])
  })
})

describe('frameworks', () => {
  it('takes a letter-led sum (“N+X”) in quotes only', () => {
    expect(found('推进“N+X”场景应用。')).toEqual([['framework', '“N+X”', 'N+X']])
    expect(found('推进N+X场景应用，n+1次尝试。')).toEqual([])
  })
})

describe('n-articles', () => {
  it('takes the count of a package after 提出, with the topic of its earlier mention', () => {
    expect(
      found('印发《若干措施》（以下简称“外贸18条”）。“外贸18条”从4个方面提出18条具体措施。').map(
        (s) => s[2],
      ),
    ).toEqual(['外贸18条', '外贸18条', '外贸18条'])
  })
  it('skips kinds of package (各类“十条”“二十条”) and a part of one (其中5条措施)', () => {
    expect(found('地方推出的各类“十条”“二十条”，政策供给充分。')).toEqual([])
    expect(found('“科创十条”共十条，其中5条措施为新增政策。').map((s) => s[1])).toEqual([
      '“科创十条”',
    ])
  })
  it('skips a plural of a package whose quotes hold its topic (两个“国九条”)', () => {
    expect(found('继两个“国九条”之后，市场称之为“新国九条”。').map((s) => s[2])).toEqual([
      '新国9条',
    ])
  })
  it('takes the whole title after 关于 as the topic of a titled package', () => {
    expect(found('印发了《关于优化营商环境推动交通运输高质量发展的十条措施》。')[0]?.[2]).toBe(
      '优化营商环境推动交通运输高质量发展10条',
    )
    expect(found('制定了《江城市支持科技创新十条措施》。')[0]?.[2]).toBe('支持科技创新10条')
    expect(found('《城市公共交通条例》共7章58条，其中第12条规定了公交优先。')).toEqual([])
  })
  it('leaves 中的 out of a topic (…接续政策中的19条举措)', () => {
    expect(found('第二批稳经济接续政策中的19条举措已落地。')).toEqual([
      ['n-articles', '第二批稳经济接续政策中的19条举措', '第二批稳经济接续政策19条'],
    ])
  })
  it('takes the count of a package after 明确', () => {
    expect(found('各地要对照本意见明确的22条具体举措，制定细则。').map((s) => s[2])).toEqual([
      '22条',
    ])
  })
  it('drops 我省/本市 before a topic as it drops 全省', () => {
    expect(found('我省稳增长“新20条”来了。')[0]?.[2]).toBe('新20条')
    expect(found('落实我省稳增长二十条措施。')[0]?.[2]).toBe('稳增长20条')
  })
  it('keeps an area noun (园区, 社区) at the front of a topic, unlike a place', () => {
    expect(found('配套出台“园区黄金8条”。')[0]?.[2]).toBe('园区黄金8条')
    expect(found('民政局出台社区治理“10条”。')[0]?.[2]).toBe('社区治理10条')
    expect(found('出台达州重点产业“24条”。')[0]?.[2]).toBe('重点产业24条')
  })
})

describe('targets', () => {
  it('does not read 要 inside 要素, 主要 or 需要 as a forward cue', () => {
    expect(found('要素保障更加有力，全年新增城镇就业4.2万人。')).toEqual([])
    expect(found('全年要新增城镇就业4.2万人。').map((s) => s[1])).toEqual(['新增城镇就业4.2万人'])
  })
  it('takes a reduction verb with what it cuts before the percentage (缩减相关申请材料60%)', () => {
    expect(
      found('建立服务机制，缩减相关申请材料60%，工程审批时间从32个工作日压缩至5个工作日内。').map(
        (s) => s[1],
      ),
    ).toEqual(['缩减相关申请材料60%', '工程审批时间从32个工作日压缩至5个工作日'])
    expect(found('降低企业物流成本15%左右。').map((s) => s[1])).toEqual(['降低企业物流成本15%左右'])
    expect(found('对降低能耗30%的企业给予奖励。')).toEqual([])
  })
  it('takes a verb, what it moves, then 至/到 and the figure; 完成/实现 figures need a forward cue', () => {
    expect(found('到2025年，降低企业用电成本至每千瓦时0.5元。')).toEqual([])
    expect(found('阶段性降低失业保险费率至1%。').map((s) => s[1])).toEqual([
      '阶段性降低失业保险费率至1%',
    ])
    expect(found('力争提高出口信用保险覆盖面到25%。').map((s) => s[1])).toEqual([
      '提高出口信用保险覆盖面到25%',
    ])
    expect(found('全年要完成投资8000亿元以上。').map((s) => s[1])).toEqual(['完成投资8000亿元以上'])
    expect(found('2023年，园区实现规上工业总产值860亿元。')).toEqual([])
  })
  it('reads a bulleted line of a text announcing measures as a measure', () => {
    const text =
      '省政府印发《关于推动经济稳中向好的若干政策措施》。\n✅ 出口信用保险覆盖面提高到25%；'
    expect(found(text).map((s) => s[1])).toEqual(['出口信用保险覆盖面提高到25%'])
    expect(found('园区简介\n✅ 出口信用保险覆盖面提高到25%；')).toEqual([])
  })
  it('skips a threshold that defines who qualifies (…达到70%以上的商务楼宇。)', () => {
    const text =
      '第二条 本细则所称重点楼宇，是指入驻率达到70%以上的商务楼宇。\n第三条 对年度税收首次突破1亿元的楼宇，给予奖励。\n第四条 到2025年，全区税收亿元楼宇达到15栋，比重提高到35%的水平。'
    expect(found(text).map((s) => s[1])).toEqual(['税收亿元楼宇达到15栋', '比重提高到35%'])
  })
  it('skips a reduction that reports (较去年缩短12天) or is done (降低了0.8个百分点)', () => {
    expect(found('平均审理周期缩短至68天，较去年缩短12天。').map((s) => s[1])).toEqual([
      '平均审理周期缩短至68天',
    ])
    expect(found('贷款利率降低了0.8个百分点。')).toEqual([])
    expect(found('力争贷款利率降低了0.8个百分点。').length).toBe(1)
    expect(found('全流程审批时间比上年压缩三分之一。').length).toBe(1)
  })
  it('reads a forecast (预计…将超过70%) as no goal unless the sentence also commits', () => {
    expect(found('预计到2025年，这一比例将超过70%。')).toEqual([])
    expect(found('预计到2025年，力争这一比例超过70%。').length).toBe(1)
  })
  it('reads years and figures spoken in Chinese numerals (到二〇二五年, 百分之三十五)', () => {
    expect(found('提出到二〇二五年，服务业比重提高到百分之三十五。').map((s) => s[1])).toEqual([
      '服务业比重提高到百分之三十五',
    ])
  })
  it('lets a target keep a slogan quoted inside it', () => {
    expect(found('到2025年，培育“两业融合”试点企业一百家。')).toEqual([
      ['target', '培育“两业融合”试点企业一百家', '培育“两业融合”试点企业一百家'],
    ])
  })
  it('reads numbered items of a text titled as measures as measures (…的若干措施 / 三、…)', () => {
    const text =
      '关于进一步稳定和扩大就业的若干措施\n三、强化技能培训。全年开展补贴性职业技能培训20万人次以上，培训后就业率提高到70%。'
    expect(found(text).map((s) => s[1])).toEqual([
      '开展补贴性职业技能培训20万人次以上',
      '培训后就业率提高到70%',
    ])
    expect(found('2023年工作总结\n三、强化技能培训。培训后就业率提高到70%。')).toEqual([])
    expect(found('关于优化营商环境的实施意见\n一、实现企业开办全流程1个工作日内办结。')).toEqual([])
  })
  it('counts 微克/立方米 and 平方公里 as units', () => {
    expect(found('到2025年，PM2.5年均浓度下降到30微克/立方米。').map((s) => s[1])).toEqual([
      'PM2.5年均浓度下降到30微克/立方米',
    ])
  })
  it('reads a percentage written in words (百分之三十) as a figure', () => {
    expect(found('到2027年，制造业比重稳定在百分之三十左右。').map((s) => s[1])).toEqual([
      '制造业比重稳定在百分之三十左右',
    ])
  })
  it('reads a sentence opening with 去年 as a look back, and a prose line as no heading', () => {
    const text =
      '今天召开这次会议，主要任务是总结去年工作。下面，我讲三点意见。\n要推行“首问负责制”，办结率达到98%以上。去年我们办理企业诉求1.2万件，办结率达到96%。'
    expect(found(text).map((s) => s[1])).toEqual(['办结率达到98%以上'])
  })
  it('reads recommendations (三、对策建议) as a plan section', () => {
    expect(found('三、对策建议\n（三）稳住外贸。进出口总额增长5%。').map((s) => s[1])).toEqual([
      '进出口总额增长5%',
    ])
    expect(found('二、存在问题\n进出口总额增长5%。')).toEqual([])
  })
  it('reads a statistical bulletin as a look back', () => {
    const text =
      '南川市2023年国民经济和社会发展统计公报\n一、综合\n全年规上工业企业达到1126家，新增规上工业企业96家。'
    expect(found(text)).toEqual([])
  })
  it('takes 降至 as a statistics verb that needs a forward cue', () => {
    expect(found('2024年底前，小微企业融资担保费率降至1%以下。')).toEqual([
      ['target', '小微企业融资担保费率降至1%以下', '小微企业融资担保费率降至1%以下'],
    ])
    expect(found('去年，小微企业融资担保费率降至1%以下。')).toEqual([])
  })
  it('reads scales written in Chinese numerals (“十亿级”, “五十亿级”) and a second scale sharing the verb', () => {
    expect(found('打造1个“五十亿级”数字产业集群。').map((s) => s[1])).toEqual([
      '1个“五十亿级”数字产业集群',
    ])
    expect(found('着力打造“千亿级”电子信息产业集群和2个百亿级产业集群。').map((s) => s[1])).toEqual(
      ['“千亿级”电子信息产业集群', '2个百亿级产业集群'],
    )
    expect(found('园区有2个百亿级产业集群。')).toEqual([])
  })
  it('reads a look back under a plan heading as a look back', () => {
    const text =
      '三、重点任务\n新建5G基站500个以上。\n“十三五”以来，全县数字经济规模年均增长12%，2023年达到68亿元。'
    expect(found(text).map((s) => s[1])).toEqual(['新建5G基站500个以上'])
  })
})
