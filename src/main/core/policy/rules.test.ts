import { describe, expect, it } from 'vitest'
import { detectPolicyPoints } from './detect'
import { parseCount } from './numerals'

/** The [kind, text, label] of every span found in `text`. */
function found(text: string): [string, string, string][] {
  return detectPolicyPoints(text).map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text)
    return [s.kind, s.text, s.label]
  })
}

describe('parseCount', () => {
  it.each([
    ['24', 24],
    ['２４', 24],
    ['二十四', 24],
    ['十', 10],
    ['十条'.slice(0, 1), 10],
    ['三十三', 33],
    ['一百零五', 105],
    ['两', 2],
  ])('%s → %d', (s, n) => expect(parseCount(s)).toBe(n))
  it.each(['', '十十', '二二', '二x'])('rejects %j', (s) => expect(parseCount(s)).toBeNull())
})

describe('n-articles', () => {
  it('finds a quoted count with its topic, cut at the verb that introduced it', () => {
    expect(found('市政府出台重点产业“24条”，效果明显。')).toEqual([
      ['n-articles', '重点产业“24条”', '重点产业24条'],
    ])
  })
  it('accepts every kind of quote and Chinese numerals', () => {
    expect(found('落实稳经济「三十三条」。')[0]?.[2]).toBe('稳经济33条')
    expect(found('印发支持总部企业发展的《21条》。')[0]?.[2]).toBe('支持总部企业发展21条')
    expect(found("兑现促消费'十二条'。")[0]?.[2]).toBe('促消费12条')
    expect(found('另一省发布「稳外贸12条」。')[0]).toEqual([
      'n-articles',
      '「稳外贸12条」',
      '稳外贸12条',
    ])
  })
  it('takes an optional 措施/意见/政策/举措 and works unquoted with it', () => {
    expect(found('县政府印发的十条措施同时废止。')).toEqual([['n-articles', '十条措施', '10条']])
    expect(found('出台科技创新20条举措。')[0]?.[2]).toBe('科技创新20条')
  })
  it('takes a count with words between 条 and its noun after a verb that introduces it', () => {
    expect(found('我市出台15条硬核措施，助企纾困。')).toEqual([
      ['n-articles', '15条硬核措施', '硬核15条'],
    ])
    expect(found('省政府推出支持民营经济发展15条硬核措施。')).toEqual([
      ['n-articles', '支持民营经济发展15条硬核措施', '支持民营经济发展15条'],
    ])
    expect(found('商务厅发布18条稳外贸措施。')[0]?.[2]).toBe('稳外贸18条')
    expect(found('出台10条具体措施。')[0]?.[2]).toBe('10条')
    expect(found('共梳理出12条具体措施。')).toEqual([])
    expect(found('开通24条公交线路措施。')).toEqual([])
    expect(found('依照第15条相关措施执行。')).toEqual([])
  })
  it('takes a bare count coordinated with another package', () => {
    expect(found('兑现重点产业“24条”和科技创新十条，').map((s) => s[2])).toEqual([
      '重点产业24条',
      '科技创新10条',
    ])
    expect(found('人才和十条路线')).toEqual([])
  })
  it('drops a place at the front of the topic', () => {
    expect(found('达州重点产业“24条”')[0]?.[2]).toBe('重点产业24条')
    expect(found('岷州市重点产业“24条”')[0]?.[2]).toBe('重点产业24条')
  })
  it('gives a bare mention the topic of another mention of the same count', () => {
    const labels = found('出台优化营商环境“24条”。“24条”明确，……').map((s) => s[2])
    expect(labels).toEqual(['优化营商环境24条', '优化营商环境24条'])
  })
  it('keeps two different 21条 apart', () => {
    const labels = found('出台民营经济“21条”，并修订支持总部企业发展“21条”。').map((s) => s[2])
    expect(labels).toEqual(['民营经济21条', '支持总部企业发展21条'])
  })
  it('does not take an article of a law, a bare count or a plural reference', () => {
    expect(found('根据《促进法》第二十四条，依照第24条规定。')).toEqual([])
    expect(found('一份12条的文件可能比一份40条的文件更有含金量。')).toEqual([])
    expect(found('开通24条公交线路，修建3条道路。')).toEqual([])
    expect(found('两个“21条”各有侧重。')).toEqual([])
  })
  it('leaves a demonstrative and its measure word out of the topic (这份“20条”)', () => {
    expect(found('会上解读了“惠企20条”，这份“20条”干货满满。')).toEqual([
      ['n-articles', '“惠企20条”', '惠企20条'],
      ['n-articles', '“20条”', '惠企20条'],
    ])
  })
  it('takes a bare count after a topic that names a package, leaving the issuer out', () => {
    expect(found('持续抓好国务院稳经济一揽子政策33条的落地见效。')).toEqual([
      ['n-articles', '稳经济一揽子政策33条', '稳经济一揽子政策33条'],
    ])
    expect(found('今年共梳理各类政策措施40条，汇总相关政策12条。')).toEqual([])
    expect(found('本市有关政策3条。')).toEqual([])
  })
})

describe('frameworks', () => {
  it('finds N+N+N in quotes or after a building verb', () => {
    expect(found('围绕“3+3+N”产业体系')).toEqual([['framework', '“3+3+N”', '3+3+N']])
    expect(found('加快构建1+N政策体系')).toEqual([['framework', '1+N', '1+N']])
    expect(found('打造"5+2"现代产业体系')[0]?.[2]).toBe('5+2')
    expect(found('形成“２＋９＋ｎ”格局')[0]?.[2]).toBe('2+9+N')
    expect(found('以"2+ 9+N"为主体的平台招商活动')[0]?.[2]).toBe('2+9+N')
  })
  it('ignores arithmetic and unanchored sums', () => {
    expect(found('“3+3=6，但效果远不止于此。”')).toEqual([])
    expect(found('1+1>2的效果')).toEqual([])
    expect(found('比分为3+2，最终获胜')).toEqual([])
  })
  it('reads a quoted “1+1” as the synergy idiom unless a framework noun follows', () => {
    expect(found('要警惕把“1+1”简单相加当作政策协同。')).toEqual([])
    expect(found('形成“1+1”结对帮扶机制')).toEqual([['framework', '“1+1”', '1+1']])
    expect(found('构建“1+1+N”帮扶体系')[0]?.[2]).toBe('1+1+N')
  })
})

describe('slogans', () => {
  it('finds numbered phrases in quotes', () => {
    expect(found('打造“一区一枢纽一中心”')).toEqual([
      ['slogan', '“一区一枢纽一中心”', '一区一枢纽一中心'],
    ])
    expect(found('聚焦“两新一数”')[0]?.[2]).toBe('两新一数')
    expect(found('落实“两个确立”')[0]?.[2]).toBe('两个确立')
    expect(found('开展“三服务”活动，深化“五水共治”')).toEqual([
      ['slogan', '“三服务”', '三服务'],
      ['slogan', '“五水共治”', '五水共治'],
    ])
  })
  it('finds 三大… naming a strategy and known reform abbreviations unquoted', () => {
    expect(found('围绕三大战略定位')).toEqual([['slogan', '三大战略定位', '三大战略定位']])
    expect(found('深化放管服改革')[0]?.[2]).toBe('放管服')
  })
  it('ignores ordinary phrases with numerals', () => {
    expect(found('坚持“一盘棋”思想，以“一天也不耽误”的劲头')).toEqual([])
    expect(found('做强三大主导产业')).toEqual([])
    expect(found('“一条产业链、一张招商图谱、一个工作专班”的思路')).toEqual([])
    expect(found('制定“十四五”规划')).toEqual([])
    expect(found('搭起“四梁八柱”')).toEqual([])
  })
  it('takes a quoted 一 + channel + verb (“一网通办”) but not a time commitment', () => {
    expect(found('深化“一网通办”，推行“一窗受理”')).toEqual([
      ['slogan', '“一网通办”', '一网通办'],
      ['slogan', '“一窗受理”', '一窗受理'],
    ])
    expect(found('企业开办实现“一日办结”，做到“一次办好”，绘好“一张蓝图”')).toEqual([])
    expect(found('对各类企业“一视同仁”，政策“一以贯之”')).toEqual([])
  })
  it('takes “四个一” as a counted slogan, not a one-character word', () => {
    expect(found('建立企业服务“四个一”机制')).toEqual([['slogan', '“四个一”', '四个一']])
    expect(found('坚持四个一工作法')).toEqual([])
  })
})

describe('n-articles with the quotes round count and suffix', () => {
  it('takes the topic before “十条措施” and cuts it at 所称', () => {
    expect(found('把此前印发的稳外贸稳外资“十条措施”统筹推进。')).toEqual([
      ['n-articles', '稳外贸稳外资“十条措施”', '稳外贸稳外资10条'],
    ])
    expect(found('出台优化营商环境二十条措施。本意见所称“二十条措施”，是指市政府文件。')).toEqual([
      ['n-articles', '优化营商环境二十条措施', '优化营商环境20条'],
      ['n-articles', '“二十条措施”', '优化营商环境20条'],
    ])
  })
})

describe('targets', () => {
  it('finds a reduction with its subject', () => {
    expect(found('工程建设项目审批时间压缩50%以上。')).toEqual([
      ['target', '工程建设项目审批时间压缩50%以上', '工程建设项目审批时间压缩50%以上'],
    ])
    expect(found('办理时间从32个工作日压缩至5个工作日。')[0]?.[1]).toBe(
      '办理时间从32个工作日压缩至5个工作日',
    )
  })
  it('needs a forward-looking cue for verbs that also report statistics', () => {
    expect(found('力争到2027年，研发投入强度提升至3.2%。')[0]?.[1]).toBe('研发投入强度提升至3.2%')
    expect(found('去年研发投入强度提升至3.2%。')).toEqual([])
  })
  it('takes 压减 as a reduction verb', () => {
    expect(found('项目实行容缺受理，审批时限压减60%。')[0]?.[1]).toBe('审批时限压减60%')
  })
  it('reads plans under a plan heading of a work report as forward-looking, not a look back', () => {
    const report = [
      '一、2023年工作回顾',
      '（一）数字经济核心产业增加值占地区生产总值比重提高到9.8%。',
      '二、2024年主要目标和重点工作',
      '4.实施科技创新“十条”，全社会研发经费投入强度提升到2.6%。',
    ].join('\n')
    const targets = found(report).filter(([kind]) => kind === 'target')
    expect(targets.map(([, text]) => text)).toEqual(['全社会研发经费投入强度提升到2.6%'])
    // A long paragraph that mentions 重点工作 is no heading.
    const news = `会议强调，要聚焦重点工作，抓好各项任务落实，确保全年目标任务顺利完成，推动经济持续回升向好。\n上半年研发投入强度提升到2.6%。`
    expect(found(news)).toEqual([])
  })
  it('leaves the speaker out of a target’s subject', () => {
    expect(found('我们将力争全年地区生产总值增长6%以上。')[0]?.[1]).toBe('地区生产总值增长6%以上')
  })
  it('never takes year-on-year growth or dates', () => {
    expect(found('确保零售总额同比增长5.8%。')).toEqual([])
    expect(found('单个项目补助最高不超过50万元。')).toEqual([])
    expect(found('本措施自2024年6月1日起施行，有效期至2025年12月31日。')).toEqual([])
  })
  it('reads a 第N条 clause of a measures document as forward-looking', () => {
    expect(found('第一条 深化改革，政务服务事项全程网办率达到90%以上。')[0]?.[1]).toBe(
      '政务服务事项全程网办率达到90%以上',
    )
    expect(found('该市政务服务事项全程网办率达到90%以上。')).toEqual([])
  })
  it('takes a share of a named base (不低于合同金额的30%)', () => {
    expect(found('第八条 预付款比例原则上不低于合同金额的30%。')[0]?.[1]).toBe(
      '预付款比例原则上不低于合同金额的30%',
    )
    expect(found('预付款不低于合同金额的3倍。')).toEqual([])
  })
  it('reads a statistics verb beside a reduction target as a target, unless the sentence looks back', () => {
    const measures = found('比如，许可办理时限压缩30%，中小企业份额提高至40%以上。')
    expect(measures.map(([, text]) => text)).toEqual([
      '许可办理时限压缩30%',
      '中小企业份额提高至40%以上',
    ])
    const past = found('去年审批时限压缩30%，市场主体数量增长15%。')
    expect(past.map(([, text]) => text)).toEqual(['审批时限压缩30%'])
    expect(found('目标是审批时限压缩30%。')[0]?.[1]).toBe('审批时限压缩30%')
  })
  it('finds verbless plan figures (新增就业…万人, 涨幅…%) only where the text plans', () => {
    const report = [
      '一、2024年工作回顾',
      '城镇新增就业82万人，居民消费价格涨幅2.1%。',
      '二、2025年主要目标',
      '城镇新增就业70万人以上，居民消费价格涨幅3%左右。',
    ].join('\n')
    expect(found(report).map(([, text]) => text)).toEqual([
      '城镇新增就业70万人以上',
      '居民消费价格涨幅3%左右',
    ])
    expect(found('全年目标是新增高新技术企业2000家以上。')[0]?.[1]).toBe(
      '新增高新技术企业2000家以上',
    )
    expect(found('居民消费价格同比涨幅2%。')).toEqual([])
  })
  it('takes 下降, 稳定在 and 保持在 as statistics verbs that need a forward cue', () => {
    expect(found('到2025年，单位GDP能耗下降13.5%。')[0]?.[1]).toBe('单位GDP能耗下降13.5%')
    expect(found('确保粮食产量稳定在1300万吨以上。')[0]?.[1]).toBe('粮食产量稳定在1300万吨以上')
    expect(found('去年单位GDP能耗下降3.1%，粮食产量稳定在1300万吨。')).toEqual([])
  })
  it('counts 万亿, 亿美元, 万吨, 万辆 and 公里 as units', () => {
    const plan = found(
      '力争经济总量突破1万亿，实际使用外资达到20亿美元，新能源汽车产量达到50万辆。',
    )
    expect(plan.map(([, text]) => text)).toEqual([
      '经济总量突破1万亿',
      '实际使用外资达到20亿美元',
      '新能源汽车产量达到50万辆',
    ])
    expect(found('去年实际使用外资达到20亿美元。')).toEqual([])
  })
  it('skips a figure that qualifies who gets support (增长20%以上的企业)', () => {
    expect(
      found('力争对营业收入增长20%以上的企业给予奖励，对新增就业10人以上的企业给予补贴。'),
    ).toEqual([])
    expect(found('第三条 本办法所称企业，是指研发费用占比达到3%以上的企业。')).toEqual([])
    expect(found('确保实现审批时间压缩50%的目标。')[0]?.[1]).toBe('审批时间压缩50%')
    expect(found('县财政安排不少于2亿元的专项资金。')[0]?.[1]).toBe('县财政安排不少于2亿元')
  })
  it('does not read 将于 (a scheduled release) as a forward cue', () => {
    expect(found('统计局将于下周发布数据，一季度GDP增长5.3%。')).toEqual([])
    expect(found('全市将力争GDP增长5.3%。')[0]?.[1]).toBe('GDP增长5.3%')
  })
  it('counts 件 and 项 as units', () => {
    expect(found('力争每万人口高价值发明专利拥有量达到15件。')[0]?.[1]).toBe(
      '每万人口高价值发明专利拥有量达到15件',
    )
    expect(found('全年受理投诉达到1200件。')).toEqual([])
  })
  it('finds 百亿级 scale targets after a building verb only', () => {
    expect(found('培育3个百亿级产业集群。')[0]?.[1]).toBe('3个百亿级产业集群')
    expect(found('锁定引进"百亿级"先进制造业项目')[0]?.[2]).toBe('百亿级先进制造业项目')
    expect(found('现有3个百亿级产业集群。')).toEqual([])
  })
})
