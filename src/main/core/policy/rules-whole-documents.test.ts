/**
 * Rule cases met in whole real-shaped documents (newspaper front pages run
 * together, full implementation opinions, work reports, transcripts): each
 * rule with the goal it keeps and the fact, parameter or explanation it must
 * not report.
 */
import { describe, expect, it } from 'vitest'
import { detectPolicyPoints } from './detect'

/** The [kind, text] of every span found in `text`. */
function found(text: string): [string, string][] {
  return detectPolicyPoints(text).map((s) => [s.kind, s.text])
}

describe('counted targets in plans', () => {
  it('take 共建, 培训 and verbs holding their object (造林) where the text plans', () => {
    expect(found('到2028年，共建数字化转型实训基地8个。')).toEqual([
      ['target', '共建数字化转型实训基地8个'],
    ])
    expect(found('力争每年培训企业数字化人才5000人次以上。')).toEqual([
      ['target', '培训企业数字化人才5000人次以上'],
    ])
    expect(found('今年全县计划造林2.3万亩。')).toEqual([['target', '造林2.3万亩']])
  })
  it('leave the same counts alone when they report what was done', () => {
    expect(found('去年共建数字化转型实训基地8个，培训企业数字化人才5000人次。')).toEqual([])
    expect(found('目前已完成植树造林6800亩。')).toEqual([])
  })
  it('take bodies picked by number (遴选20家以上优质服务商) and 1 only with 以上', () => {
    expect(found('力争遴选20家以上优质服务商。')).toEqual([['target', '遴选20家以上优质服务商']])
    expect(found('到2028年，每条重点产业链培育1家以上标杆企业。')).toEqual([
      ['target', '培育1家以上标杆企业'],
    ])
    expect(found('到2028年，每条重点产业链培育1家标杆企业。')).toEqual([])
    expect(found('去年遴选20家优质服务商。')).toEqual([])
  })
  it('take a part of a planned count after 其中', () => {
    expect(found('到2028年，引进服务商50家，其中营业收入超亿元的服务商10家以上。')).toEqual([
      ['target', '引进服务商50家'],
      ['target', '营业收入超亿元的服务商10家以上'],
    ])
    expect(found('去年引进服务商50家，其中营业收入超亿元的服务商10家。')).toEqual([])
  })
})

describe('money set aside (安排…资金)', () => {
  it('is a commitment where the text plans', () => {
    expect(found('今后三年，市财政计划每年安排专项资金3亿元。')).toEqual([
      ['target', '市财政计划每年安排专项资金3亿元'],
    ])
  })
  it('is a fact in a look back', () => {
    expect(found('去年市财政安排专项资金3亿元，支持项目120个。')).toEqual([])
  })
})

describe('units of plan figures', () => {
  it('count 次 and compute power (PFlops) after a bound or a goal verb', () => {
    expect(found('到2028年，全市算力规模达到5000PFlops。')).toEqual([
      ['target', '算力规模达到5000PFlops'],
    ])
    expect(found('要求每年开展应急演练不少于2次。')).toEqual([
      ['target', '每年开展应急演练不少于2次'],
    ])
    expect(found('全市算力规模已达到3000PFlops，同比增长2次。')).toEqual([])
  })
  it('take a bound on a count only where the text plans or requires it', () => {
    // A feature describing practice: no goal.
    expect(found('全区326名河长每月巡河不少于两次，发现问题即时上报。')).toEqual([])
    expect(found('到2027年，全区河长每月巡河不少于两次。')).toEqual([
      ['target', '河长每月巡河不少于两次'],
    ])
    // A time limit or money under a bound is a commitment wherever it stands.
    expect(found('企业开办时间不超过2个工作日。')).toEqual([
      ['target', '企业开办时间不超过2个工作日'],
    ])
  })
})

describe('weights of an assessment', () => {
  it('are no goals (考核结果占比不低于5%), while a share of spending in a plan is', () => {
    expect(found('四、保障措施\n将该项工作纳入绩效考核，考核结果占比不低于5%。')).toEqual([])
    expect(found('到2028年，研发投入占比不低于5%。')).toEqual([['target', '研发投入占比不低于5%']])
  })
})

describe('quoted lists of numeral-structured phrases', () => {
  it('are one slogan (“一链一平台、一园一方案”)', () => {
    expect(found('形成“一链一平台、一园一方案”的推进格局。')).toEqual([
      ['slogan', '“一链一平台、一园一方案”'],
    ])
  })
  it('are not when they spell out a slogan just named, nor a pair of one-numeral slogans', () => {
    expect(found('实施企业服务“四个一”机制，即“一企一专员、一事一协调”。')).toEqual([
      ['slogan', '“四个一”'],
    ])
    expect(found('推动“一网通办、一窗综办”。')).toEqual([])
  })
})

describe('work-report and press-conference plan figures', () => {
  it('take 安排/组织/新设 counts, 批次 and 净增 where the text plans', () => {
    expect(found('重点抓好以下工作：\n（一）扩大投资。全年安排市级重大项目300个。')).toEqual([
      ['target', '安排市级重大项目300个'],
    ])
    expect(found('全年计划组织省级境外经贸团组60批次以上。')).toEqual([
      ['target', '组织省级境外经贸团组60批次以上'],
    ])
    expect(found('力争新设综合保税区2个，高新技术企业净增300家。')).toEqual([
      ['target', '新设综合保税区2个'],
      ['target', '高新技术企业净增300家'],
    ])
  })
  it('leave the same figures alone in a look back', () => {
    expect(
      found('去年安排市级重大项目300个，组织境外经贸团组60批次，高新技术企业净增300家。'),
    ).toEqual([])
  })
  it('take a quota sought (争取专项债额度120亿元) only where the text plans', () => {
    expect(found('今年力争争取专项债额度120亿元。')).toEqual([['target', '争取专项债额度120亿元']])
    expect(found('去年争取专项债额度120亿元。')).toEqual([])
  })
})

describe('一是…五是 lines', () => {
  it('read as measures in a text announcing a package', () => {
    expect(
      found('省政府印发了《若干措施》。主要内容如下。\n三是优化贸易结构，新建海外仓30个以上。'),
    ).toEqual([['target', '新建海外仓30个以上']])
  })
  it('stay a look back elsewhere', () => {
    expect(found('过去一年，我们做了三件事。\n三是优化贸易结构，新建海外仓30个。')).toEqual([])
  })
})

describe('analyses of packages', () => {
  it('read 提出，/明确，/提出全年 as introducing goals', () => {
    expect(found('东川省提出，今年全省重点项目完成投资1.5万亿元以上。')).toEqual([
      ['target', '重点项目完成投资1.5万亿元以上'],
    ])
    expect(found('南岭省提出全年社会消费品零售总额增长6%左右。')).toEqual([
      ['target', '社会消费品零售总额增长6%左右'],
    ])
    expect(found('西江省明确，民间投资占比保持在55%以上。')).toEqual([
      ['target', '民间投资占比保持在55%以上'],
    ])
  })
  it('leave 提出 that reports or names a problem alone', () => {
    expect(found('会上代表提出的问题中，社会消费品零售总额增长6%。')).toEqual([])
    expect(found('一季度，全省重点项目完成投资3200亿元。')).toEqual([])
  })
  it('take a bare package compared with (与…33条相比), not a count of routes', () => {
    expect(found('与国务院出台的稳经济一揽子政策33条相比，今年更强调稳预期。')).toEqual([
      ['n-articles', '稳经济一揽子政策33条'],
    ])
    expect(found('与去年的公交线路24条相比，今年线路更密。')).toEqual([])
  })
  it('take a goal named 目标为 with what it counts, and 分钱, 场, 平方米 in plan figures', () => {
    expect(found('全县今年招商引资目标为到位资金120亿元。')).toEqual([
      ['target', '招商引资目标为到位资金120亿元'],
    ])
    expect(found('全市将组织“企业家早餐会”8场。')).toEqual([['target', '组织“企业家早餐会”8场']])
    expect(found('今年计划新增标准厂房50万平方米。')).toEqual([
      ['target', '计划新增标准厂房50万平方米'],
    ])
    expect(found('力争制造业企业用电价格每千瓦时降低2分钱。')).toEqual([
      ['target', '制造业企业用电价格每千瓦时降低2分钱'],
    ])
  })
  it('leave the same shapes alone when they report', () => {
    expect(found('去年全市组织“企业家早餐会”8场，新增标准厂房50万平方米。')).toEqual([])
    expect(found('猪肉价格每斤降低2分钱。')).toEqual([])
  })
})

describe('一-led quoted phrases', () => {
  it('saying something is scarce (“一床难求”) are no slogans, while “一网通办” is', () => {
    expect(found('城区公办机构“一床难求”，演唱会“一票难求”。')).toEqual([])
    expect(found('深化“一网通办”改革。')).toEqual([['slogan', '“一网通办”']])
  })
})

describe('notices and county pages', () => {
  it('open a plan section under 活动目标/行动目标 headings, not under others', () => {
    expect(found('一、活动目标\n全年全省网络零售额突破8000亿元。')).toEqual([
      ['target', '网络零售额突破8000亿元'],
    ])
    expect(found('一、活动回顾\n全年全省网络零售额突破8000亿元。')).toEqual([])
  })
  it('read a sentence opening with a year before the latest one named as a look back', () => {
    const notice = '现将2026年工作通知如下：\n（六）发展首发经济。'
    expect(found(`${notice}2025年，全省共引进各类首店386家。`)).toEqual([])
    expect(found(`${notice}2026年，力争引进各类首店400家以上。`)).toEqual([
      ['target', '引进各类首店400家以上'],
    ])
  })
  it('do not count a deadline (到2030年, 2030年前) as the year a plan speaks in', () => {
    const plan = '关于加快建设制造强市的实施方案\n一、总体目标\n'
    expect(
      found(`${plan}2026年，全市规模以上工业增加值增长8%以上。到2030年，制造业增加值占比达到35%。`),
    ).toEqual([
      ['target', '规模以上工业增加值增长8%以上'],
      ['target', '制造业增加值占比达到35%'],
    ])
    expect(
      found(`${plan}2027年底前，建成智能工厂20个。2026年，全市规模以上工业增加值增长8%以上。`),
    ).toEqual([
      ['target', '建成智能工厂20个'],
      ['target', '规模以上工业增加值增长8%以上'],
    ])
    // A year the text speaks in still makes an earlier one a look back.
    expect(
      found(
        `${plan}2025年，全市规模以上工业增加值增长7.2%。2026年，力争规模以上工业增加值增长8%以上。`,
      ),
    ).toEqual([['target', '规模以上工业增加值增长8%以上']])
  })
  it('count events held (举办…100场以上) where the text plans', () => {
    expect(found('全年计划举办省级重点促消费活动100场以上。')).toEqual([
      ['target', '举办省级重点促消费活动100场以上'],
    ])
    expect(found('去年举办省级重点促消费活动100场。')).toEqual([])
  })
})

describe('quoted numeral names in local news', () => {
  it('take two 百/千/万 pairs with a campaign word (“千企万户大走访”), not a four-character idiom', () => {
    expect(found('开展“千企万户大走访”活动。')).toEqual([['slogan', '“千企万户大走访”']])
    expect(found('服务“千家万户”。')).toEqual([])
  })
  it('leave the seasons (“四季消费”) and progress (“双过半”) alone, while “双减” stays', () => {
    expect(found('开展“四季消费”系列活动，冲刺“双过半”。')).toEqual([])
    expect(found('落实“双减”政策。')).toEqual([['slogan', '“双减”']])
  })
})

describe('count-led campaigns', () => {
  it('are slogans when quoted with a verb of going (“千名医师下基层”, “百场演出进景区”)', () => {
    expect(found('开展“千名医师下基层”和“百场演出进景区”活动。')).toEqual([
      ['slogan', '“千名医师下基层”'],
      ['slogan', '“百场演出进景区”'],
    ])
  })
  it('are not unquoted, nor a time or a sum (“百年进程”)', () => {
    expect(found('全市千名医师下基层坐诊。')).toEqual([])
    expect(found('回望“百年进程”，“百亿进账”。')).toEqual([])
  })
})

describe('policy interpretations and features', () => {
  it('read a figure joined by 且 to a condition ending in 的 as a condition', () => {
    expect(
      found('第五条 企业年度研发投入超过1000万元且增幅达到20%以上的，按增量部分的10%给予补助。'),
    ).toEqual([])
    expect(found('第五条 力争企业年度研发投入超过1000万元。')).toEqual([
      ['target', '企业年度研发投入超过1000万元'],
    ])
  })
  it('take 半个工作日 as a figure', () => {
    expect(found('力争企业开办时间压缩至半个工作日。')).toEqual([
      ['target', '企业开办时间压缩至半个工作日'],
    ])
    expect(found('项目半年内开工。')).toEqual([])
  })
  it('let a counted object with a qualifier run to 18 characters', () => {
    expect(found('到2028年，培育营业收入超10亿元的科技型领军企业60家。')).toEqual([
      ['target', '培育营业收入超10亿元的科技型领军企业60家'],
    ])
  })
})

describe('conference reports and notices', () => {
  it('read sentences after 抓好以下重点工作： on the same line as plans', () => {
    expect(
      found('会议强调，要着力抓好以下重点工作：一是扩大需求。二是外贸进出口增长5%以上。'),
    ).toEqual([['target', '外贸进出口增长5%以上']])
    expect(found('会议指出，二是外贸进出口增长5%以上。')).toEqual([])
  })
  it('take a verbless rate (城镇调查失业率5.5%左右) in a plan only', () => {
    expect(found('主要预期目标：\n城镇调查失业率5.5%左右。')).toEqual([
      ['target', '城镇调查失业率5.5%左右'],
    ])
    expect(found('去年城镇调查失业率5.2%。')).toEqual([])
  })
  it('drop 新一轮 from a package topic', () => {
    expect(found('出台新一轮优化营商环境“30条”。')).toEqual([['n-articles', '优化营商环境“30条”']])
  })
  it('count 多 in a group list (“一核三极多支点”), not in a phrase without a second group', () => {
    expect(found('实施“一核三极多支点”战略。')).toEqual([['slogan', '“一核三极多支点”']])
    expect(found('他说“一定多支持”。')).toEqual([])
  })
  it('give quoted pairs side by side one context (实施“两重”“两新”项目)', () => {
    expect(found('实施“两重”“两新”项目。')).toEqual([
      ['slogan', '“两重”'],
      ['slogan', '“两新”'],
    ])
    expect(found('他们称之为“两重”“两新”。')).toEqual([])
  })
  it('take 安装 counts and 日 limits where the text plans', () => {
    expect(found('今年计划推广安装燃气泄漏报警装置1.5万户。')).toEqual([
      ['target', '安装燃气泄漏报警装置1.5万户'],
    ])
    expect(found('第五条 整改期限原则上不超过30日。')).toEqual([
      ['target', '整改期限原则上不超过30日'],
    ])
    expect(found('去年安装燃气泄漏报警装置1.5万户，每季度末5日前报送。')).toEqual([])
  })
})

describe('budget reports and WeChat posts', () => {
  it('read 争取…资金 as money obtained, not a forward cue', () => {
    expect(found('全年争取转移支付资金156亿元；发行新增地方政府债券72.3亿元。')).toEqual([])
    expect(found('争取到2027年新增地方政府债券70亿元。')).toEqual([
      ['target', '新增地方政府债券70亿元'],
    ])
  })
  it('take debt paid off (化解存量隐性债务30亿元) where the text plans', () => {
    expect(found('全年计划化解存量隐性债务30亿元。')).toEqual([
      ['target', '计划化解存量隐性债务30亿元'],
    ])
    expect(found('去年化解存量隐性债务30亿元。')).toEqual([])
  })
  it('take “三保” before 支出/底线', () => {
    expect(found('兜牢基层“三保”底线，保障“三保”支出。')).toEqual([
      ['slogan', '“三保”'],
      ['slogan', '“三保”'],
    ])
    expect(found('他说“三保”。')).toEqual([])
  })
  it('read ✅ lines of a text announcing 若干政策 as measures', () => {
    expect(found('发布《高新区促进产业发展若干政策》。\n✅全程网办率达到90%以上。')).toEqual([
      ['target', '全程网办率达到90%以上'],
    ])
    expect(found('高新区简介。\n✅全程网办率达到90%以上。')).toEqual([])
  })
})

describe('commentaries and action plans', () => {
  it('leave a quoted 一-phrase with 独 (“一县独大”) alone', () => {
    expect(found('县域经济“一县独大”的问题依然存在。')).toEqual([])
    expect(found('推行“一窗受理”。')).toEqual([['slogan', '“一窗受理”']])
  })
  it('count 家次 in plan targets only', () => {
    expect(found('到2028年，推动规上工业企业数字化改造500家次。')).toEqual([
      ['target', '改造500家次'],
    ])
    expect(found('去年完成规上工业企业数字化改造500家次。')).toEqual([])
  })
})

describe('plan outlines and reward measures', () => {
  it('read 增加到2025年的 as a comparison of two years, not a deadline', () => {
    expect(
      found('全省地区生产总值由2020年的2.6万亿元增加到2025年的3.5万亿元，城镇化率提高到66.8%。'),
    ).toEqual([])
    expect(found('到2030年，城镇化率提高到71%。')).toEqual([['target', '城镇化率提高到71%']])
  })
  it('read a 发展基础 section as a look back', () => {
    expect(found('第一章 发展基础\n全年新增就业62万人。')).toEqual([])
    expect(found('第二章 主要目标\n全年新增就业62万人。')).toEqual([['target', '新增就业62万人']])
  })
  it('read a numbered item opening with an earlier year and 全县 as a look back', () => {
    const notice =
      '关于印发《招商引资奖励办法》的通知\n二、2025年全县引进亿元以上项目21个。\n2026年4月10日'
    expect(found(notice)).toEqual([])
    const goal = '关于印发《招商引资奖励办法》的通知\n二、全县引进亿元以上项目21个。\n2026年4月10日'
    expect(found(goal)).toEqual([['target', '引进亿元以上项目21个']])
  })
  it('read the 第N条 of a 办法 as measures, of a 法 or 条例 as norms', () => {
    expect(found('青湾县招商引资奖励办法\n第十一条 举办专题招商推介会12场以上。')).toEqual([
      ['target', '举办专题招商推介会12场以上'],
    ])
    expect(found('青湾县招商引资条例\n第十一条 举办专题招商推介会12场以上。')).toEqual([])
  })
  it('take minimum frequencies (每月至少召开1次…) where the text plans', () => {
    expect(found('工作目标\n县招商局每月至少召开1次重点项目调度会。')).toEqual([
      ['target', '每月至少召开1次重点项目调度会'],
    ])
    expect(found('该社区每月至少开展1次义诊活动，深受居民欢迎。')).toEqual([])
  })
  it('take counts whose object lists kinds (幼儿园、中小学), 新改建 and quoted objects after 新增', () => {
    expect(found('到2030年，新建改扩建幼儿园、中小学200所，新改建农村公路1.5万公里。')).toEqual([
      ['target', '新建改扩建幼儿园、中小学200所'],
      ['target', '新改建农村公路1.5万公里'],
    ])
    expect(found('到2030年，新增专精特新“小巨人”企业150家以上。')).toEqual([
      ['target', '新增专精特新“小巨人”企业150家以上'],
    ])
    expect(found('去年新建改扩建幼儿园、中小学200所，新增“小巨人”企业15家。')).toEqual([])
  })
  it('take 不少于…批次 in plans', () => {
    expect(found('力争全年组织外出招商不少于30批次。')).toEqual([
      ['target', '组织外出招商不少于30批次'],
    ])
    expect(found('去年组织外出招商30批次。')).toEqual([])
  })
  it('leave terms of the support (补贴面积不超过…) and joined conditions before a noun alone', () => {
    expect(
      found('关于印发扶持办法的通知\n第七条 前两年按租金的50%给予补贴，补贴面积不超过1万平方米。'),
    ).toEqual([])
    expect(
      found(
        '关于印发扶持办法的通知\n第六条 对新增纳税超过1000万元且增幅达到20%以上的存量企业给予奖励。',
      ),
    ).toEqual([])
    expect(found('关于印发扶持办法的通知\n第七条 新增标准厂房面积不少于10万平方米。')).toEqual([
      ['target', '新增标准厂房面积不少于10万平方米'],
    ])
  })
})

describe('economic-work speeches and business-environment plans', () => {
  it('take a frequency with the verb before the count (每月至少到项目现场调度1次) where the text plans', () => {
    expect(found('力争每月至少到项目现场调度1次。')).toEqual([
      ['target', '每月至少到项目现场调度1次'],
    ])
    expect(found('他每月至少到项目现场调度1次，风雨无阻。')).toEqual([])
  })
  it('take a minimum each one takes on (每名县级领导至少牵头包联3个重点项目) where the text plans', () => {
    expect(found('力争每名县级领导至少牵头包联3个重点项目。')).toEqual([
      ['target', '至少牵头包联3个重点项目'],
    ])
    expect(found('去年，每名县级领导至少牵头包联3个重点项目。')).toEqual([])
  })
  it('take 谋划 counts and relief for firms (减税降费3亿元以上) where the text plans', () => {
    expect(found('力争全年谋划储备项目300个以上，为企业减税降费3亿元以上。')).toEqual([
      ['target', '谋划储备项目300个以上'],
      ['target', '为企业减税降费3亿元以上'],
    ])
    expect(found('去年为企业减税降费3亿元。')).toEqual([])
  })
  it('leave a listed effect (、惠及居民1.2万户) out of a planned count', () => {
    expect(found('力争新改造老旧小区48个、惠及居民1.2万户。')).toEqual([
      ['target', '新改造老旧小区48个'],
    ])
    expect(found('力争新改造老旧小区48个、老旧厂区6个。')).toEqual([
      ['target', '新改造老旧小区48个'],
      ['target', '老旧厂区6个'],
    ])
  })
  it('leave two indicators falling together (“双下降”) alone, and take “万名干部进万企”', () => {
    expect(found('事故起数和死亡人数实现“双下降”。')).toEqual([])
    expect(found('开展“万名干部进万企”活动。')).toEqual([['slogan', '“万名干部进万企”']])
  })
})

describe('rankings and problems solved in plans', () => {
  it('take a place among the first N to reach (进入全省前3位) where the text plans', () => {
    expect(found('到2027年，营商环境综合评价进入全省前3位。')).toEqual([
      ['target', '营商环境综合评价进入全省前3位'],
    ])
    expect(found('2025年，全市营商环境评价位列全省第2位，进入全省前3位。')).toEqual([])
  })
  it('take problems to solve (解决问题2000个以上) where the text plans', () => {
    expect(found('力争全年帮助企业解决问题2000个以上。')).toEqual([
      ['target', '解决问题2000个以上'],
    ])
    expect(found('去年帮助企业解决问题2000个。')).toEqual([])
  })
})

describe('若干政策 and finance packages', () => {
  it('read the numbered items of a 若干政策 as measures', () => {
    const policies = '关于加快建设科技创新强市的若干政策\n1.技术合同成交额突破800亿元。'
    expect(found(policies)).toEqual([['target', '技术合同成交额突破800亿元']])
    expect(found('科技创新强市建设情况\n1.技术合同成交额突破800亿元。')).toEqual([])
  })
  it('read the sentences after one announcing goals (提出了今年的工作目标。) as goals', () => {
    expect(found('《若干措施》提出了今年的工作目标。推动全市各项贷款余额增长10%以上。')).toEqual([
      ['target', '各项贷款余额增长10%以上'],
    ])
    expect(found('《若干措施》共18条。全市各项贷款余额增长10%以上。')).toEqual([])
  })
  it('take 到年底 as a deadline and risk cover provided (提供风险保障500亿元以上)', () => {
    expect(found('到年底平台注册企业突破5万家。')).toEqual([
      ['target', '到年底平台注册企业突破5万家'],
    ])
    expect(found('力争全市保险业为科技型企业提供风险保障500亿元以上。')).toEqual([
      ['target', '保险业为科技型企业提供风险保障500亿元以上'],
    ])
    expect(found('去年全市保险业提供风险保障420亿元，年底注册企业突破4万家。')).toEqual([])
  })
  it('leave the size of a fund (其中天使投资基金不低于10亿元) alone', () => {
    const policies =
      '关于加快建设科技创新强市的若干政策\n8.设立市科技创新基金，其中天使投资基金不低于10亿元。'
    expect(found(policies)).toEqual([])
  })
  it('take 新增 lists, 发布 counts and 项 where the text plans', () => {
    expect(found('力争今年新增上市企业5家、新三板挂牌企业10家。')).toEqual([
      ['target', '新增上市企业5家'],
      ['target', '新三板挂牌企业10家'],
    ])
    expect(found('力争每年发布重大科技攻关榜单项目20项左右。')).toEqual([
      ['target', '发布重大科技攻关榜单项目20项左右'],
    ])
    expect(found('去年新增上市企业5家、新三板挂牌企业10家，发布榜单项目20项。')).toEqual([])
  })
})

describe('work points (工作要点)', () => {
  it('read a text titled …工作要点 as a plan, its closing earlier-year sentence as a look back', () => {
    const points =
      '临川市农业农村局2026年工作要点\n全年粮食播种面积稳定在420万亩以上。\n2025年，全市粮食总产量达到31.6亿斤。'
    expect(found(points)).toEqual([['target', '粮食播种面积稳定在420万亩以上']])
    expect(found('临川市农业农村局2025年工作总结\n全年粮食播种面积稳定在420万亩以上。')).toEqual([])
  })
  it('take 万头 and 认证 counts where the text plans', () => {
    expect(found('力争生猪出栏稳定在260万头左右，新认证绿色食品、有机农产品60个。')).toEqual([
      ['target', '生猪出栏稳定在260万头左右'],
      ['target', '新认证绿色食品、有机农产品60个'],
    ])
    expect(found('去年生猪出栏260万头，认证绿色食品60个。')).toEqual([])
  })
  it('read a figure before 的村 as a condition for a reward, not the count of such villages', () => {
    const points = '2026年工作要点\n10.对集体经营性收入首次超过100万元的村，给予10万元奖励。'
    expect(found(points)).toEqual([])
    expect(found('2026年工作要点\n10.集体经营性收入超过100万元的村达到50个。')).toEqual([
      ['target', '集体经营性收入超过100万元的村达到50个'],
    ])
  })
})
