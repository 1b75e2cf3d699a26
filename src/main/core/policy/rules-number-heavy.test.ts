/**
 * Rule cases met in number-heavy texts that are not policy documents (market
 * news, annual reports, statistical communiqués, local, sports, legal, history
 * and consumer news): each rule with the goal it keeps and the fact, rule or
 * advice it must not report.
 */
import { describe, expect, it } from 'vitest'
import { detectPolicyPoints } from './detect'

/** The [kind, text] of every span found in `text`. */
function found(text: string): [string, string][] {
  return detectPolicyPoints(text).map((s) => [s.kind, s.text])
}

describe('bounds (不超过, 不低于, 不少于, 控制在)', () => {
  it('are goals where the text plans', () => {
    expect(found('力争研发投入占营业收入比重不低于7%。')).toEqual([
      ['target', '研发投入占营业收入比重不低于7%'],
    ])
    expect(found('第八条 单位产品能耗不超过0.3吨标准煤。')).toEqual([
      ['target', '单位产品能耗不超过0.3吨标准煤'],
    ])
    expect(found('建议设立规模不低于500亿元的转型基金。')).toEqual([
      ['target', '设立规模不低于500亿元'],
    ])
  })
  it('are rules or advice elsewhere (仓位不超过20%, 减持比例不超过总股本的2%)', () => {
    expect(found('投资者应注意控制仓位，单只股票仓位不超过20%。')).toEqual([])
    expect(found('报告期内，控股股东披露减持计划，减持比例不超过公司总股本的2%。')).toEqual([])
  })
  it('on a time limit are a service commitment without a cue', () => {
    expect(found('答：提交材料后，审核时间不超过15个工作日。')).toEqual([
      ['target', '审核时间不超过15个工作日'],
    ])
  })
})

describe('slogans', () => {
  it('do not include 双 and a date (“双十一”, “双12”), while “双减” stays', () => {
    expect(found('今年“双十一”和“双12”期间，成交额同比增长26.6%。')).toEqual([])
    expect(found('落实“双减”政策。')).toEqual([['slogan', '“双减”']])
  })
})

describe('look backs', () => {
  it('read 完成全年目标的112% as a result, not a goal', () => {
    expect(
      found('全区城镇新增就业1.35万人，完成全年目标的112%；开展职业技能培训3.2万人次。'),
    ).toEqual([])
    expect(found('目标是开展职业技能培训3.2万人次。')).toEqual([
      ['target', '开展职业技能培训3.2万人次'],
    ])
  })
})

describe('quoted numeral phrases that are no slogans', () => {
  it('skip a streak (“三连冠”), a set of books (“四大名著”) and a proverb (“十年磨一剑”)', () => {
    expect(found('云州队实现“三连冠”，举办“四大名著”灯会，这是‘十年磨一剑’的结果。')).toEqual([])
  })
  it('keep slogans of the same shapes (“三服务”, “三大战略”, “三馆一中心”)', () => {
    expect(found('开展“三服务”活动，落实“三大战略”，推动“三馆一中心”免费开放。')).toEqual([
      ['slogan', '“三服务”'],
      ['slogan', '“三大战略”'],
      ['slogan', '“三馆一中心”'],
    ])
  })
})

describe('laws and regulations', () => {
  it('never take a prohibition (不得超过) as a target', () => {
    expect(found('第十八条 经纪机构收取的佣金不得超过月租金的50%。')).toEqual([])
  })
  it('read 第N条 of a regulation as norms, of a measures document as measures', () => {
    const clause = '第二十七条 出租人提前解除合同的，应当按照不低于月租金的20%支付违约金。'
    expect(found(`云州市住房租赁管理条例（节选）\n${clause}`)).toEqual([])
    expect(found(`${clause}\n第四十二条 本条例自2025年1月1日起施行。`)).toEqual([])
    expect(found('云州市稳就业若干措施\n第三条 高校毕业生留本地就业比例不低于60%。')).toEqual([
      ['target', '高校毕业生留本地就业比例不低于60%'],
    ])
  })
})

describe('counted targets', () => {
  it('count housing raised (筹集…15万套) where the text plans', () => {
    expect(found('“十四五”期间，全市计划筹集保障性租赁住房15万套。')).toEqual([
      ['target', '筹集保障性租赁住房15万套'],
    ])
    expect(found('去年全市筹集保障性租赁住房3.2万套。')).toEqual([])
  })
})

describe('history', () => {
  it('reads a sentence opening last century as history, even with 力争', () => {
    expect(found('1992年，市委提出“工业立市”战略，力争到2000年工业总产值突破100亿元。')).toEqual([])
    expect(found('2024年，全市力争到2027年工业总产值突破1000亿元。')).toEqual([
      ['target', '工业总产值突破1000亿元'],
    ])
  })
})

describe('notices of directives', () => {
  it('read the numbered items after 通知如下： as directives', () => {
    const notice =
      '为确保能源供应，现就有关事项通知如下：\n三、做好天然气保供。城燃企业储气能力不低于其年用气量的5%。'
    expect(found(notice)).toEqual([['target', '城燃企业储气能力不低于其年用气量的5%']])
    expect(found('三、做好天然气保供。城燃企业储气能力不低于其年用气量的5%。')).toEqual([])
  })
  it('take 新增…万千瓦 as a verbless plan figure', () => {
    expect(found('6月底前，力争新增并网新能源装机300万千瓦以上。')).toEqual([
      ['target', '新增并网新能源装机300万千瓦以上'],
    ])
    expect(found('去年全省新增并网新能源装机300万千瓦。')).toEqual([])
  })
})

describe('statistical terms', () => {
  it('do not read “四上” (enterprises above a threshold) as a slogan, while “三农” stays', () => {
    expect(found('“四上”企业数量达到6218家。')).toEqual([])
    expect(found('做好“三农”工作。')).toEqual([['slogan', '“三农”']])
  })
})

describe('ranges', () => {
  it('read 不低于X且不超过Y as a parameter (a buyback’s size), not a goal', () => {
    expect(found('公司拟回购股份，回购资金总额不低于2.5亿元且不超过5亿元。')).toEqual([])
    expect(found('县财政安排不少于2亿元的专项资金。')).toEqual([
      ['target', '县财政安排不少于2亿元'],
    ])
  })
})

describe('numbered sets', () => {
  it('take a quoted N大 set naming a programme (“五大振兴”), not a set of things (“四大名著”)', () => {
    expect(found('统筹推进乡村“五大振兴”，举办“四大名著”灯会。')).toEqual([
      ['slogan', '“五大振兴”'],
    ])
  })
})

describe('prices', () => {
  it('do not read 一 with money (“一元公交”) as a service slogan, while “一网通办” stays', () => {
    expect(found('“一元公交”惠及群众约160万人次，推行“一网通办”。')).toEqual([
      ['slogan', '“一网通办”'],
    ])
  })
})

describe('reported reductions', () => {
  it('are statistics unless they cut a government procedure or the text plans', () => {
    expect(found('今年以来，平均住院日缩短至6.8天，患者平均候诊时间减少至18分钟。')).toEqual([])
    expect(found('其门店二手房带看量增长45%，成交周期缩短至38天。')).toEqual([])
    expect(found('今年以来，企业开办时间压缩至1个工作日以内。')).toEqual([
      ['target', '企业开办时间压缩至1个工作日以内'],
    ])
    expect(found('今年以来，平均审理周期缩短至68天。')).toEqual([
      ['target', '平均审理周期缩短至68天'],
    ])
    expect(found('力争平均住院日缩短至6.5天。')).toEqual([['target', '平均住院日缩短至6.5天']])
  })
})

describe('measures listed in an announcement', () => {
  it('take the figures between 推出 and 等…措施 as measures', () => {
    const text =
      '今年9月，五部门推出公积金贷款额度提高至120万元、首套房首付比例降至15%等“15条”措施。'
    expect(found(text)).toEqual([
      ['target', '公积金贷款额度提高至120万元'],
      ['target', '首套房首付比例降至15%'],
      ['n-articles', '“15条”措施'],
    ])
    expect(found('今年9月，公积金贷款额度提高至120万元。')).toEqual([])
  })
})

describe('per-person figures', () => {
  it('take 人 as a unit where the text plans', () => {
    expect(found('到2027年，力争每千人口执业医师数达到3.8人。')).toEqual([
      ['target', '每千人口执业医师数达到3.8人'],
    ])
    expect(found('公司员工达到2300人。')).toEqual([])
  })
})

describe('beds', () => {
  it('count 张 in planned figures (新增养老床位800张), not in facts', () => {
    expect(found('重点抓好以下工作：\n（四）办好民生实事。新增养老床位800张。')).toEqual([
      ['target', '新增养老床位800张'],
    ])
    expect(found('去年全区新增养老床位800张。')).toEqual([])
  })
})

describe('a numeral and one character', () => {
  it('is a slogan after a policy verb or before a policy noun, not when it names a site', () => {
    expect(found('用足用好“两新”政策，落实“三包”服务。')).toEqual([
      ['slogan', '“两新”'],
      ['slogan', '“三包”'],
    ])
    expect(found('深化“五型”机关建设。')).toEqual([['slogan', '“五型”']])
    expect(found('假期期间，“三孔”研学游持续升温。')).toEqual([])
  })
})

describe('topic frames', () => {
  it('read 在…目标方面， as the topic reported on, not a goal', () => {
    expect(found('在服务“双碳”目标方面，集团全年新增新能源装机210万千瓦。')).toEqual([
      ['slogan', '“双碳”'],
    ])
    expect(found('在能源保供方面，力争新增新能源装机210万千瓦。')).toEqual([
      ['target', '新增新能源装机210万千瓦'],
    ])
  })
})

describe('goals named as such', () => {
  it('take 目标定为56万辆 whenever it was set, not a completion rate', () => {
    expect(found('公司此前将全年销量目标定为56万辆。')).toEqual([['target', '销量目标定为56万辆']])
    expect(found('今年累计销量达到46万辆，完成全年目标的82%。')).toEqual([])
  })
})

describe('units of plans', () => {
  it('count machines (1.2万台（套）) and events (不少于20场)', () => {
    const plan = '二、重点任务\n推动更新改造工业设备1.2万台（套），每年开展以旧换新活动不少于20场。'
    expect(found(plan)).toEqual([
      ['target', '更新改造工业设备1.2万台'],
      ['target', '每年开展以旧换新活动不少于20场'],
    ])
  })
})

describe('months', () => {
  it('take 个月 as a time limit, not a month’s rent or a comparison with the year’s start', () => {
    expect(found('力争案件平均办理周期缩短至12个月以内。')).toEqual([
      ['target', '案件平均办理周期缩短至12个月以内'],
    ])
    expect(found('第二十七条 承租人提前解除合同的，违约金不超过一个月租金。')).toEqual([])
    expect(found('去化周期为15.6个月，较年初减少3.2个月。')).toEqual([])
  })
})

describe('modals before the verb', () => {
  it('make advice, a question or a capability, not a goal', () => {
    expect(
      found('理财师建议，单一产品投资比例不宜超过20%，并关注最大回撤是否控制在3%以内。'),
    ).toEqual([])
    expect(found('与传统电池相比，新型电池的材料成本可降低40%。')).toEqual([])
    expect(found('力争将量产成本降低30%。')).toEqual([['target', '量产成本降低30%']])
    expect(found('力争从获得用地到取得施工许可压缩至15个工作日。')).toEqual([
      ['target', '从获得用地到取得施工许可压缩至15个工作日'],
    ])
  })
})

describe('look backs over years', () => {
  it('read 近年来 as a look back and 研发计划项目 as a noun, not a plan', () => {
    expect(found('近年来，学校获批国家重点研发计划项目42项，科研经费年均增长15%。')).toEqual([])
    expect(found('明年学校计划科研经费增长15%。')).toEqual([['target', '学校计划科研经费增长15%']])
  })
})

describe('results beside a cut', () => {
  it('stay results beside 缩短 (a result), become measures beside 压缩 (a reform)', () => {
    expect(
      found('推行“三快”处理机制，轻微事故平均处理时间缩短至8分钟，主干道平均车速提高12%。'),
    ).toEqual([
      ['slogan', '“三快”'],
      ['target', '轻微事故平均处理时间缩短至8分钟'],
    ])
    expect(
      found('比如，许可办理时限压缩30%，中小企业份额提高至40%以上。').map((s) => s[1]),
    ).toEqual(['许可办理时限压缩30%', '中小企业份额提高至40%以上'])
  })
})
