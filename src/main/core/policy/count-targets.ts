/**
 * Targets stated as a number of things to build or win: 新建5G基站500个以上,
 * 培育数字经济规上企业50家, 建成5G基站1.8万个, 完成城中村改造1.2万户,
 * 建成3个产值超百亿元的产业园区; a list after one verb (培育世界级产业集群2个、
 * 国家级先进制造业集群5个) gives one target per item.
 * The same words also report what was done (去年新建5G基站500个), so a count
 * is a target only where the text plans (a forward cue in its sentence, a plan
 * heading above it or a 第N条 clause) and never in a look back (截至, 以来).
 */
import { sentenceStart } from './clause'
import { halfWidth, isCondition, plannedAt, targetSpan } from './target-context'
import type { PolicySpan } from './types'

/**
 * Verbs that bring something into being or into the place (共建, 新设), train
 * people (培训…5000人次) or schedule what a plan counts (安排…项目300个,
 * 组织…团组60批次, 举办…活动100场, 安装…装置1.5万户); 累计/新 may lead them
 * (新改建农村公路1.5万公里).
 */
const VERB =
  '(?:累计|新)?(?:谋划|解决|新增|发布|推广应用|建成|新建|共建|改扩建|改建|建设|设立|新设|更新改造|改造|培育|引进|招引|签约|开工|实施|创建|创成|打造|认定|认证|完成|开展|筹集|筹建|培训|安排|组织|举办|安装)'
/**
 * 计划造林2.3万亩, 企业数字化改造500家次: verbs that hold their object or follow
 * it, so the count comes at once.
 */
const SELF_OBJECT = '(?:植树造林|造林|绿化|改造)'
/** 遴选20家以上优质服务商: verbs that pick a number of bodies, counted before their noun only. */
const PICK = '(?:遴选|选择|选取|选树)'
const COUNT = '(?:[0-9０-９]{1,5}(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]{1,5})'
/** Where a count after its object must stop: the end of a clause or a bracket (1.2万台（套）). */
const CLAUSE_AFTER = '(?=$|[，,。；;、（）()\\s])'

/**
 * 新建5G基站500个以上: verb, object, count, measure word. The object may list
 * kinds that share the count (新建改扩建幼儿园、中小学200所).
 */
const OBJECT_THEN_COUNT = new RegExp(
  `(?:${SELF_OBJECT}|${VERB}([\\u4e00-\\u9fffA-Za-z0-9“”][\\u4e00-\\u9fffA-Za-z0-9“”、]{0,17}?))${COUNT}(?:万个|万家|万户|万套|个|家|座|所|处|户|套|张|万台|台|万公里|公里|万平方米|平方米|万亩|亩|万名|名|万人次|人次|批次|场次|场|家次|项)(?:以上|左右)?${CLAUSE_AFTER}`,
  'gu',
)

/**
 * 、国家级先进制造业集群5个: one more object and count sharing the verb before
 * it; ，其中营业收入超亿元的服务商10家以上: a part of the count just planned.
 */
const CONTINUED = new RegExp(
  `(?:[、和及]|[，,]其中)([\u4e00-\u9fffA-Za-z0-9“”]{1,12}?${COUNT}(?:万个|万家|万户|万套|个|家|座|所|处|户|套|张|万台|台|公里|万平方米|平方米|万亩|亩|万名|名|万人次|人次|批次|场次|场|家次|项)(?:以上|左右)?)${CLAUSE_AFTER}`,
  'uy',
)

/**
 * 建成3个产值超百亿元的产业园区, 培育1家以上标杆企业: verb, count in digits,
 * measure word, then a place or body (1 only with 以上).
 */
const COUNT_THEN_OBJECT = new RegExp(
  `(?:${VERB}|${PICK})([0-9０-９]{1,4})(?:个|家|座|所|处)(以上|左右)?[\\u4e00-\\u9fffA-Za-z0-9“”"]{1,14}?(?:产业园区|园区|产业园|集群|基地|平台|中心|企业|项目|基站|工厂|车间|示范区|街区|社区|景区|学校|医院|小镇|商圈|综合体|服务商|机构|县|镇|村)`,
  'gu',
)

/**
 * 每月至少召开1次调度会, 每季度至少组织2次集中签约活动, 每月至少到项目现场调度1次: a
 * minimum frequency — 每 a period, 至少/不少于, a verb, how many times, what is done.
 */
const FREQUENCY = new RegExp(
  `每(?:年|半年|季度|季|月|周|旬)(?:至少|不少于)[\\u4e00-\\u9fff]{0,8}?${COUNT}(?:次|场|期|轮)(?:[\\u4e00-\\u9fffA-Za-z“”]{2,12}?)?${CLAUSE_AFTER}`,
  'gu',
)
/** 每名县级领导至少牵头包联3个重点项目: 每 someone, 至少, a verb, a count of things to take on. */
const EACH_BEFORE = /每[\u4e00-\u9fff]{1,10}$/u
const EACH_AT_LEAST = new RegExp(
  `至少[\\u4e00-\\u9fff]{1,4}?${COUNT}(?:个|家|项|所|名)[\\u4e00-\\u9fffA-Za-z“”]{2,12}?${CLAUSE_AFTER}`,
  'gu',
)

/** 惠及, 带动, 涉及: a verb of effect opening a listed item. */
const EFFECT = /^(?:惠及|带动|涉及|覆盖|受益)/u

/** Every counted build-or-win target in `text`. */
export function findCountTargets(text: string): PolicySpan[] {
  const out: PolicySpan[] = []
  const consider = (start: number, matched: string): boolean => {
    const end = start + matched.length
    const before = text.slice(sentenceStart(text, start), start)
    if (isCondition(text, end) || !plannedAt(text, start, before)) return false
    out.push(targetSpan(text, start, end, 0.7))
    return true
  }
  for (const m of text.matchAll(OBJECT_THEN_COUNT)) {
    let end = m.index + m[0].length
    // 开工198个 names no object: 1 is not a thing built.
    if (!/[\u4e00-\u9fff]/u.test(m[1] ?? '造') || !consider(m.index, m[0])) continue
    for (;;) {
      CONTINUED.lastIndex = end
      const c = CONTINUED.exec(text)
      // 、惠及居民1.2万户: what the count brings about, not one more thing to build.
      if (!c || EFFECT.test(c[1]!) || !consider(end + c[0].length - c[1]!.length, c[1]!)) break
      end += c[0].length
    }
  }
  for (const m of text.matchAll(FREQUENCY)) consider(m.index, m[0])
  for (const m of text.matchAll(EACH_AT_LEAST)) {
    if (EACH_BEFORE.test(text.slice(Math.max(0, m.index - 11), m.index))) consider(m.index, m[0])
  }
  for (const m of text.matchAll(COUNT_THEN_OBJECT)) {
    if (Number(halfWidth(m[1]!)) >= (m[2] === '以上' ? 1 : 2)) consider(m.index, m[0])
  }
  return out
}
