/**
 * Quantified targets: 审批时间压缩50%以上, 从32个工作日压缩至5个工作日,
 * 总投资突破3000亿元, 打造3个百亿级产业集群. A number needs a unit (%, 亿元,
 * 个工作日…) and a verb that moves it; verbs that also report statistics
 * (达到, 提高, 突破…) need a forward-looking cue (到2025年, 力争, 确保…) in the
 * sentence or a plan section (under 今年主要目标 / 重点抓好以下工作 in a work
 * report, or a 第N条 clause of a measures document), and 同比增长 is never a
 * target. Dates have no unit, so never match. Plan tables also state targets
 * without a verb (城镇新增就业70万人以上, 居民消费价格涨幅3%左右): those need the
 * same forward-looking context.
 */
import { clauseStart, sentenceStart, stripLeadingFrame } from './clause'
import {
  CAP,
  FORWARD_CUE,
  halfWidth,
  HISTORY_START,
  inReviewSection,
  isCondition,
  LOOK_BACK,
  plannedAt,
  sentenceEnd,
  targetSpan,
} from './target-context'
import type { PolicySpan } from './types'

/** 半 only before 个 (压缩至半个工作日). */
const NUM = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]+|半(?=个))'
/** 三分之一, 百分之三十: a fraction needs no unit. */
const FRACTION =
  '(?:[一二三四五六七八九十]分之[一二三四五六七八九十]|百分之[一二两三四五六七八九十百点]+)'
const UNIT =
  '(?:%|％|个百分点|万亿元|亿元|万元|亿美元|万美元|万亿|亿|个工作日|工作日|个月(?=以内|以上|以下|左右|[^\\u4e00-\\u9fff]|$)|天|小时|分钟|万户|户|万家|家|万人|件|项|万吨|万头|万辆|万千瓦|万亩|万平方米|平方公里|公里|公顷|微克/立方米|吨标准煤|万人次|人次|人|批次|场|分钱|[PE]FLOPS|[PE]Flops|(?:个|栋|座|所|次|日)(?![\\u4e00-\\u9fff]))'
const REDUCTION = '压缩|压减|压降|缩短|缩减|精简|减少|降低'
const STRONG = `${REDUCTION}|控制在|不低于|不少于|不超过`
/**
 * Bounds on a share (不超过20%) also state rules and advice (减持比例不超过2%,
 * 仓位不超过20%): a goal only where the text plans.
 */
const BOUND = /^(?:控制在|不低于|不少于|不超过)$/u
/** 要求 earlier in the clause: what follows is required (要求每年开展应急演练不少于2次). */
const REQUIRED = /要求[^，,。；;]{0,20}$/u
/** A modal right before the verb that makes the figure a rule, advice, a question or a capability. */
const NOT_A_GOAL = /(?:不得|不宜|不应|不能|不可|不要|是否|(?<![许认])可|可以|能|能够)$/u
/** 考核结果占比不低于5%: the weight of a score in an assessment, not a goal. */
const WEIGHT = /(?:考核|评价|评分|评审|绩效)[\u4e00-\u9fff]{0,4}(?:占比|权重|比重|分值)$/u
/**
 * 补贴面积不超过1万平方米, 奖励期限不超过3年, 天使投资基金不低于10亿元: a term of the
 * support given or a fund's size, not a goal.
 */
const SUPPORT_TERM =
  /(?:(?:补贴|补助|奖励|贴息|资助|扶持|支持)[\u4e00-\u9fff]{0,2}(?:面积|期限|年限|比例|金额|额度|标准|总额|规模)|基金(?:规模)?)$/u
/** The other half of a range: 不低于X且不超过Y. */
const RANGE_AFTER = /^(?:且|、|并且|，且)?不(?:超过|高于)/u
const RANGE_BEFORE = /不(?:低于|少于)[^，。；]{1,12}(?:且|、|并且)$/u
const WEAK = '提升|提高|达到|达|突破|超过|增加|增长|增至|下降|降至|降到|降为|稳定在|保持在'
/** 不低于合同金额的30%: a share of a named base, percentages only. */
const BASE = '(?:[\\u4e00-\\u9fffA-Za-z&]{1,8}?的(?=[0-9０-９.．]+[%％]))?'
const PATTERN = new RegExp(
  `(?:再|进一步|均|分别|平均)?(${STRONG}|${WEAK})(?:至|到|为|了)?${BASE}(?:(${NUM})(${UNIT})|${FRACTION})(以上|以内|以下|左右)?`,
  'gu',
)
/** 缩减相关申请材料60%, 降低企业物流成本15%: a reduction verb, what it cuts, a percentage. */
const REDUCTION_OF = new RegExp(
  `(?:再|进一步|平均)?(压缩|压减|压降|缩短|缩减|精简|减少|降低)([\\u4e00-\\u9fff]{2,8}?)(?:[0-9０-９]+(?:[.．][0-9０-９]+)?)[%％](以上|左右)?`,
  'gu',
)
/** 降低失业保险费率至1%, 提高覆盖面到25%: a verb, what it moves, 至/到, the figure. */
const CHANGE_TO = new RegExp(
  `(?:再|进一步|平均|阶段性)?(压缩|压减|压降|缩短|缩减|精简|减少|降低|提高|提升)([\\u4e00-\\u9fff]{2,12}?)(?:至|到)(?:${NUM})(?:${UNIT})(以上|以内|以下|左右)?`,
  'gu',
)
/** 完成投资8000亿元以上: 完成/实现, what, the figure — statistics words, so weak; 实现…1个工作日内办结 is a time limit. */
const ACHIEVE = new RegExp(
  `(完成|实现)([\\u4e00-\\u9fff]{2,8}?)(?:${NUM})(?:${UNIT})(以上|左右)?(?!内)`,
  'gu',
)
/**
 * 每年安排专项资金3亿元, 争取专项债额度120亿元, 化解存量隐性债务30亿元,
 * 提供风险保障500亿元: money set aside, sought, paid off or provided — a
 * commitment only where the text plans.
 */
const ALLOCATE = new RegExp(
  `(安排|统筹|筹措|争取|化解|提供)([\\u4e00-\\u9fff]{2,12}?(?:资金|额度|债务|保障|融资|贷款))(?:${NUM})(?:亿元|万元)(以上|左右)?`,
  'gu',
)
/** 为企业减税降费3亿元以上: relief given to firms, an amount — a commitment only where the text plans. */
const RELIEF = new RegExp(`(减税降费|减费让利|降本减负)()(?:${NUM})(?:亿元|万元)(以上|左右)?`, 'gu')
/**
 * 销量目标定为56万辆, 目标确定为增长6%, 目标为到位资金120亿元: a goal named as
 * such, then its figure.
 */
const GOAL_IS = new RegExp(
  `目标(?:定为|设定为|确定为|调整为|设为|为|是)(?:增长|下降|[\\u4e00-\\u9fff]{2,6}?)?(?:${NUM})(?:${UNIT})(以上|以内|以下|左右)?`,
  'gu',
)
/** Verbless plan figures (the object may quote: 新增专精特新“小巨人”企业150家): 城镇调查失业率5.5%左右, 新增就业70万人以上, 高新技术企业净增300家, 新增装机300万千瓦, 涨幅3%左右, 增速保持在6%. */
const VERBLESS = new RegExp(
  `(?:(?:新增|净增)[\\u4e00-\\u9fffA-Za-z“”]{0,16}?(?:${NUM})(?:万人|人|万户|户|万家|家|万个|个|件|项|万张|张|万套|套|万亿元|亿元|万元|万千瓦|亿千瓦时|万平方米|平方米)|(?:涨幅|增幅|增速|[\\u4e00-\\u9fff]率)(?:为|在|保持在|控制在)?(?:${NUM})[%％])(?:以上|以内|以下|左右)?`,
  'gu',
)
/**
 * 营商环境综合评价进入全省前3位: a place among the first N of a ranking to reach or
 * keep — a goal only where the text plans (位列第2位 reports one).
 */
const RANK = new RegExp(
  `(?:进入|跻身|保持|稳居|争创|冲刺)(?:全国|全省|全市|全区|全球|同类城市|同类)[\\u4e00-\\u9fff]{0,4}?前(?:${NUM})(?:位|名|强)`,
  'gu',
)
/** Comparisons that only report, even before a reduction verb. */
const REPORTED = /(同比|环比|较上年|较去年|较同期|较上年同期|较年初|比年初|较上月)$/u
/** A verb then 了 (降低了0.8个百分点): what was done. */
const PAST_VERB = /^(?:再|进一步|均|分别|平均|阶段性)?[\u4e00-\u9fff]{1,3}?了/u
const FROM = new RegExp(`[从由]${NUM}${UNIT}$`, 'u')
const STATISTIC =
  /(同比|环比|比上年|较上年|较去年|比去年|较同期|比同期|较上年同期|比上年同期|较年初|比年初|较上月)$/u
const SCALE =
  /((?:[0-9０-９]+|[一二两三四五六七八九十]+)个)?[“"]?(?:[一二两三四五六七八九十百千万]*[十百千万]亿|[0-9０-９]+亿)元?级[”"]?[\u4e00-\u9fff]{0,6}?(?:产业集群|集群|产业链|产业园|产业|企业|项目|园区|基地)/gu
const SCALE_CUE =
  /(打造|培育|建成|形成|建设|壮大|发展成|做大|突破|引进|招引|锁定|落地)[^，。；]{0,6}$/u

/** Every target mention in `text`. */
export function findTargets(text: string): PolicySpan[] {
  const out: PolicySpan[] = []
  // Each match with whether it names what the figure measures (降低失业保险费率至1%).
  const withObject = (re: RegExp): [RegExpExecArray, boolean][] =>
    [...text.matchAll(re)].filter((m) => !/[至到为的]/u.test(m[2]!)).map((m) => [m, true])
  const verbFigures: [RegExpExecArray, boolean][] = [
    ...[...text.matchAll(PATTERN)].map((m): [RegExpExecArray, boolean] => [m, false]),
    ...withObject(REDUCTION_OF),
    ...withObject(CHANGE_TO),
    ...withObject(ACHIEVE),
    ...withObject(ALLOCATE),
    ...withObject(RELIEF),
  ]
  for (const [m, named] of verbFigures) {
    const verb = m[1]!
    const verbAt = m.index
    const end = m.index + m[0].length
    const weak = new RegExp(
      `^(${WEAK}|完成|实现|安排|统筹|筹措|争取|化解|提供|减税降费|减费让利|降本减负)$`,
      'u',
    ).test(verb)
    // A bound on a share or a count (仓位不超过20%, 每月巡河不少于两次) may describe a rule
    // or a practice: a goal only where the text plans. 审核时间不超过15个工作日 and
    // 安排不少于2亿元 are commitments.
    const bound = BOUND.test(verb) && !/(?:工作日|天|小时|分钟|个月|元)$/u.test(m[3] ?? '')
    const before = text.slice(sentenceStart(text, verbAt), verbAt)
    // 较去年缩短12天 reports a comparison (比上年压缩三分之一 may set one); 降低了0.8个百分点 is done.
    if ((weak ? STATISTIC : REPORTED).test(before)) continue
    if (PAST_VERB.test(m[0]) && !FORWARD_CUE.test(before)) continue
    if (CAP.test(before) || isCondition(text, end)) continue
    // 押金不得超过月租金的2倍 (a prohibition), 不宜超过20% (advice), 是否控制在3%以内 (a
    // question), 成本可降低40% (what a thing can do): none is a goal.
    if (NOT_A_GOAL.test(before)) continue
    if (bound && WEIGHT.test(before)) continue
    if (BOUND.test(verb) && SUPPORT_TERM.test(before)) continue
    // 不低于2.5亿元且不超过5亿元: a range is a plan's parameter (a buyback's size), not a goal.
    if (
      BOUND.test(verb) &&
      (RANGE_AFTER.test(text.slice(end, end + 4)) || RANGE_BEFORE.test(before))
    )
      continue
    if ((weak || bound) && !forwardLooking(text, verbAt, before)) {
      // 要求每年开展应急演练不少于2次: a bound the text requires is set, not described.
      if (!(bound && REQUIRED.test(before))) continue
    }
    // 成交周期缩短至38天, 平均住院日缩短至6.8天: a reduction of anything but a government
    // procedure is reported unless the text plans (审批时间压缩至45个工作日 is a reform).
    const cut = new RegExp(`^(?:${REDUCTION})$`, 'u').test(verb)
    if (cut && !procedure(text, verbAt, m[0]) && !plannedAt(text, verbAt, before)) continue
    const cs = clauseStart(text, verbAt, 30)
    const raw = text.slice(cs, verbAt)
    // What the figure measures follows a named verb, so frame words before it all go.
    // 推出公积金贷款额度提高至120万元: the measure starts after the verb announcing it.
    const subject = stripLeadingFrame(
      raw.replace(/^.*(?:推出|出台|印发|发布|明确|提出)/u, ''),
      named,
    )
    const start = verbAt - subject.length
    // A statistics verb needs to say what it measures, before it or after it.
    if (weak && subject === '' && !named && !FROM.test(raw)) continue
    out.push(targetSpan(text, start, end, weak ? 0.75 : 0.85))
  }
  for (const m of text.matchAll(GOAL_IS)) {
    // 公司此前将全年销量目标定为56万辆: the goal says what it is, whenever it was set.
    const before = text.slice(sentenceStart(text, m.index), m.index)
    if (HISTORY_START.test(before) || isCondition(text, m.index + m[0].length)) continue
    // 公司此前将全年销量目标…: what the goal measures follows 将/把.
    const raw = text.slice(clauseStart(text, m.index, 30), m.index).replace(/^.*[将把]/u, '')
    const subject = stripLeadingFrame(raw, true)
    const start = m.index - subject.length
    const end = m.index + m[0].length
    out.push(targetSpan(text, start, end, 0.8))
  }
  for (const m of [...text.matchAll(VERBLESS), ...text.matchAll(RANK)]) {
    const before = text.slice(sentenceStart(text, m.index), m.index)
    if (STATISTIC.test(before) || CAP.test(before) || isCondition(text, m.index + m[0].length))
      continue
    if (!plannedAt(text, m.index, before)) continue
    const subject = stripLeadingFrame(text.slice(clauseStart(text, m.index, 30), m.index), true)
    const start = m.index - subject.length
    const end = m.index + m[0].length
    out.push(targetSpan(text, start, end, 0.7))
  }
  let scaleEnd = -1
  for (const m of text.matchAll(SCALE)) {
    const before = text.slice(clauseStart(text, m.index, 20), m.index)
    // 打造“千亿级”电子信息产业集群和2个百亿级产业集群: the second shares the verb.
    const joined = scaleEnd >= 0 && /^(?:和|及|以及|、)$/u.test(text.slice(scaleEnd, m.index))
    if (!SCALE_CUE.test(before) && !joined) continue
    const end = m.index + m[0].length
    scaleEnd = end
    out.push({
      kind: 'target',
      start: m.index,
      end,
      text: m[0],
      label: halfWidth(m[0]).replace(/[“”"]/gu, ''),
      confidence: 0.8,
    })
  }
  return out
}

/**
 * True when a statistics-style verb at `pos` states a goal: a forward cue in
 * its sentence, a plan section, a 第N条 clause, or (outside a look back) a
 * list of announced measures (推出…提高至120万元…等“15条”措施) or a sentence
 * that already cuts a procedure (审批时限压缩30%，份额提高至40%以上).
 */
function forwardLooking(text: string, pos: number, before: string): boolean {
  if (plannedAt(text, pos, before)) return true
  if (LOOK_BACK.test(before)) return false
  const sentence = text.slice(sentenceStart(text, pos), sentenceEnd(text, pos))
  if (ANNOUNCING.test(before) && LISTED_MEASURE.test(text.slice(pos, sentenceEnd(text, pos))))
    return true
  return PROCEDURE_TARGET.test(sentence) && !PAST_CUE.test(sentence) && !inReviewSection(text, pos)
}

/**
 * What government cuts: a procedure (审批, 办理, 开办…) or a burden on firms and people
 * (材料, 成本, 费率…). Such a reduction is a reform's target even where it is reported
 * (the 从32个工作日压缩至5个工作日); a reduction of anything else (平均住院日,
 * 成交周期) is a statistic unless the text plans.
 */
const PROCEDURE =
  /审批|办理|处理|办结|开办|登记|许可|审核|审查|兑现|报装|年审|审理|执行|退税|通关|拿地|签证|受理|认定|核准|备案|验收|申请|材料|环节|手续|成本|费率|税率|税费|收费|费用|保费/u
/** 个工作日: a unit only government procedures are measured in. */
const WORKING_DAYS = /工作日/u

/** True when the reduction `matched` at `verbAt` cuts a procedure or a burden. */
function procedure(text: string, verbAt: number, matched: string): boolean {
  const clause = text.slice(clauseStart(text, verbAt, 30), verbAt)
  return PROCEDURE.test(clause) || PROCEDURE.test(matched) || WORKING_DAYS.test(matched)
}

/**
 * A reform's cut of a procedure in the sentence (审批时限压缩30%，…份额提高至40%以上):
 * 压缩/压减/精简 only — 缩短/减少 also report results (处理时间缩短至8分钟，车速提高12%).
 */
const PROCEDURE_TARGET = new RegExp(
  `(?:${PROCEDURE.source})[^，。；,;]{0,12}?(?:压缩|压减|压降|精简)(?:至|到|为)?${NUM}${UNIT}`,
  'u',
)

/**
 * 推出…、公积金贷款额度提高至120万元、首付比例降至15%等“15条”措施: figures listed
 * between a verb announcing measures and 等…措施 are the measures.
 */
const ANNOUNCING = /(?:推出|出台|印发|发布|明确|提出)[^。；]*$/u
const LISTED_MEASURE = /^[^。；]*?等[^。；，]{0,12}?(?:措施|举措|政策)/u
/** Words that put a sentence in the past (去年…压缩30%，…增长15%). */
const PAST_CUE = /去年|上年|过去|已经|已|累计|同比|环比|较上年|比上年|目前|截至|截止|以来|此前/u
