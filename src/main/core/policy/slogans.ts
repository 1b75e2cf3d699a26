/**
 * Numbered slogans: “一区一枢纽一中心”, “两新一数”, 三大战略定位, 放管服.
 * A quoted phrase counts when it is built of numeral-led groups (一区/一枢纽/
 * 一中心) or is one short numeral-led name (“三农”, “三服务”, “五水共治”); unquoted, only 三大… naming a strategy, a run of three 一… groups,
 * or a well-known reform abbreviation. A quoted list (“四化同步、城乡融合、
 * 五区共兴”) counts when two of its phrases are numeral-led; a quoted name of
 * numerals alone (“百千万”) only when a programme noun follows (“百千万”工程).
 */
import { CLOSE_QUOTES, isQuoted, OPEN_QUOTES } from './clause'
import type { PolicySpan } from './types'

const NUM = '一二两三四五六七八九十百千万双'
/**
 * Two or more groups, each a numeral then one to three other Han characters;
 * a last group may be led by 多 after two numbered ones (“一核三极多支点”, “一廊两区多园”).
 */
const GROUPED = new RegExp(
  `^(?:[${NUM}]+[^${NUM}多\\P{Script=Han}]{1,3}){2,}(?:多[^${NUM}多\\P{Script=Han}]{1,3})?$|^(?:[${NUM}]+[^${NUM}\\P{Script=Han}]{1,3}){2,}$`,
  'u',
)
/** 两个确立, 四个全面, 四个一: a count of 个 followed by a short name (or 一), quoted only. */
const COUNTED = /^[两三四五六七八九十]个(?:[\u4e00-\u9fff]{2,4}|一)$/u
/**
 * “两新”, “三农”: a numeral and one character, quoted only (not a count: “十条”, “三年”;
 * a season: “三夏”; a date: “五一”; a statistical class above a threshold: “四上”).
 */
const PAIRED =
  /^[两三四五六七八九十][^条个项年次天倍成夏秋伏上下九一二三四五六七八十\P{Script=Han}]$/u
/**
 * “三服务”, “五水共治”: a numeral (not 一) and two or three other characters, quoted
 * only — not a streak (“三连冠”, “五连胜”), the seasons (“四季消费”) nor an N大 set, which names a slogan only
 * before a strategy noun (BIG_SET: “三大战略”; “四大名著” is a set of books).
 */
const LED = new RegExp(`^[两三四五六七八九十双](?![连大季])[^${NUM}\\P{Script=Han}]{2,3}$`, 'u')
/** “千企技改”, “百日攻坚”: 百/千/万 and three characters (not a time or a sum: “千年古城”), quoted only. */
const HUNDREDS_LED = new RegExp(
  `^[百千万][^${NUM}年岁米元亿\\P{Script=Han}][^${NUM}\\P{Script=Han}]{2}$`,
  'u',
)
/**
 * “一网通办”, “一窗受理”: 一, a channel, a two-character verb phrase, quoted
 * only. 一 with a time word (“一日办结”, “一次办好”) is a time commitment, and
 * 一 with a measure word (“一盘棋”, “一张图”) an ordinary phrase and 一 with money
 * (“一元公交”) a price, 一 with 难 (“一床难求”, “一票难求”) says something is scarce
 * and 一 with 独 (“一县独大”) that one thing dominates, so none counts.
 */
const ONE_CHANNEL =
  /^一[^\P{Script=Han}一二两三四五六七八九十日天次周月年时刻秒个张条件盘份批项些般切律起同把体号元角块]{1}(?![难独])[\u4e00-\u9fff]{2}$/u
const QUOTED = new RegExp(
  `[${OPEN_QUOTES}]([^${OPEN_QUOTES}${CLOSE_QUOTES}\\s]{2,12})[${CLOSE_QUOTES}]`,
  'gu',
)
/** 三大战略定位, 五大攻坚战, “五大振兴”: a numbered set naming a strategy or programme. */
const BIG_SET =
  /[两三四五六七八九十]大[\u4e00-\u9fff]{0,4}?(?:战略定位|战略任务|战略|定位|工程|行动|攻坚战|攻坚|任务|使命|功能|振兴|改革|举措|计划)/gu
/** 一区一枢纽一中心 without quotes: three 一-groups in a row. */
const TRIPLE_ONE =
  /一[^一\P{Script=Han}]{1,3}一[^一\P{Script=Han}]{1,3}一[^一\P{Script=Han}]{1,3}/gu
/** “十亿级”, “五十亿”: a scale (a target's business), never a slogan. */
const SCALE_WORD = /亿|万级|级$/u
/**
 * “四化同步、城乡融合、五区共兴”: a quoted list of short phrases, two or more
 * of them numeral-led and one led by a numeral other than 一 (“千村示范、万村整治”,
 * “一条主线、三大任务”; “一网通办、一窗综办” is a pair of
 * service slogans, each found alone when quoted alone), or of phrases each
 * numeral-structured throughout (“一链一平台、一园一方案”) — unless it spells
 * out a slogan just named (“四个一”机制，即“一企一专员、一事一协调…”).
 */
const QUOTED_LIST = new RegExp(
  `[${OPEN_QUOTES}]([\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){1,4})[${CLOSE_QUOTES}]`,
  'gu',
)
/** 一条主线 beside 三大任务: a 一-led phrase counts towards a list that has a 两–万-led one. */
const ONE_LED_PART = /^一[^一二两三四五六七八九十]/u
const NUMERAL_LED_PART = new RegExp(`^[两三四五六七八九十百千万][^${NUM}]`, 'u')
/**
 * “千企万户大走访”: two 百/千/万-led pairs and a campaign word, quoted only (a
 * four-character 千家万户-style idiom is too short to match).
 */
const HUNDREDS_PAIR = new RegExp(
  `^[百千万][^${NUM}\\P{Script=Han}][百千万][^${NUM}\\P{Script=Han}]{3,5}$`,
  'u',
)
/**
 * “千名医师下基层”, “百场演出进景区”: 百/千/万, what is counted, and a verb of going
 * somewhere (下, 进, 入, 上, 送, 走) with where — a count-led campaign, quoted only
 * (not a time or a sum: “百年进…”); where may be counted too (“万名干部进万企”).
 */
const COUNTED_CAMPAIGN = new RegExp(
  `^[百千万][^${NUM}年岁米元亿\\P{Script=Han}][^${NUM}\\P{Script=Han}]{0,3}[进下入上送走][百千万]?[^${NUM}\\P{Script=Han}]{1,3}$`,
  'u',
)
/** “百千万”工程, “双百”行动: a quoted name of numerals alone, naming a programme. */
const NUMERALS_ONLY = /^[十百千万双]{2,4}$/u
/** “千万工程”, “百千万工程”: the same with the programme noun inside the quotes. */
const NUMERAL_PROGRAMME = /^[十百千万双]{2,4}(?:工程|行动|计划|战略)$/u
const PROGRAMME_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:工程|行动|计划|战略)/u
/** “双减”, “双一流”, “双百工程”: 双 and a short name, quoted only; 双赢, 双方… are words. */
const DOUBLE = /^双[\u4e00-\u9fff]{1,4}$/u
/**
 * “双过半”, “双超”, “双下降”: two indicators past a mark or moving together (time and
 * task, accidents and deaths), a progress report, not a slogan.
 */
const DOUBLE_PROGRESS = /^双(?:过半|超|达标|下降|增长)/u
const ORDINARY_DOUBLE = /^双(?:赢|方|向|重|手|边|休|人|倍|语|眼|亲|层|面|色|号|数|月|周|日)$/u
/** “双十一”, “双十二”: 双 and a number is a date (a shopping festival), not a slogan. */
const DOUBLE_DATE = /^双[一二三四五六七八九十0-9０-９]+$/u
/** Reform abbreviations that are slogans by themselves. */
const KNOWN = /放管服|双循环|双碳/gu
/** Numeral idioms and proverbs (一心一意, 十年磨一剑), not slogans. */
const ORDINARY =
  /^(一年一度|一心一意|一模一样|一五一十|一点一滴|一朝一夕|一言一行|一举一动|四梁八柱|三令五申|七上八下|四面八方|五湖四海|千方百计|三心二意|十全十美|万无一失|一干二净|七嘴八舌|三番五次|千家万户|千军万马|一针一线|一以贯之|一视同仁|一如既往|一脉相承|一往无前|一鼓作气|一劳永逸|一蹴而就|一目了然|一马当先|一锤定音|一抓到底|一体推进|一路畅通|一帆风顺|两头在外|十年磨一剑|十年树木百年树人|三天打鱼两天晒网|一分耕耘一分收获|一寸光阴一寸金)$/u

/**
 * A numeral and one character (“两新”, “三孔”) is the shortest, most ambiguous
 * shape: it is a slogan only as the object of a policy verb (落实“两新”, 深化“五型”)
 * or before a policy noun (“三农”工作, “三包”服务) — “三孔”研学游 names a site.
 */
const PAIRED_VERB_BEFORE =
  /(?:部署|推进|推行|实行|推广|建立|健全|完善|落实|实施|深化|用好|用足|坚持|践行|开展|推动|抓好|做好|贯彻|围绕|聚焦|国家|省|市)$/u
const PAIRED_NOUN_AFTER =
  /^(?:工作|政策|改革|建设|服务|行动|工程|战略|领域|机关|理念|要求|问题|机制|经济|发展|目标|任务|融合|底线|支出)/u

function pairedInContext(text: string, start: number, end: number): boolean {
  // 实施“两重”“两新”项目: quoted names side by side share the verb before and the noun after.
  const before = text.slice(Math.max(0, start - 20), start).replace(ADJACENT_QUOTED, '')
  const after = text.slice(end, end + 20).replace(ADJACENT_QUOTED_AFTER, '')
  return PAIRED_VERB_BEFORE.test(before) || PAIRED_NOUN_AFTER.test(after)
}

/** Short quoted names right before or after one (“两重”“两新”). */
const ADJACENT_QUOTED = /(?:[“"][^”"]{1,6}[”"])+$/u
const ADJACENT_QUOTED_AFTER = /^(?:[“"][^”"]{1,6}[”"])+/u

/** Every slogan mention in `text`. */
export function findSlogans(text: string): PolicySpan[] {
  const out: PolicySpan[] = []
  const push = (start: number, end: number, label: string, confidence: number): void => {
    out.push({ kind: 'slogan', start, end, text: text.slice(start, end), label, confidence })
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!
    const quoted = isQuoted(text, m.index + 1, m.index + 1 + inner.length)
    if (!quoted || SCALE_WORD.test(inner) || DOUBLE_PROGRESS.test(inner)) continue
    if (NUMERAL_PROGRAMME.test(inner)) {
      push(m.index, m.index + m[0].length, inner, 0.8)
      continue
    }
    if (NUMERALS_ONLY.test(inner)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6)
      if (PROGRAMME_AFTER.test(after)) push(m.index, m.index + m[0].length, inner, 0.8)
      continue
    }
    if ((GROUPED.test(inner) && !ORDINARY.test(inner)) || COUNTED.test(inner)) {
      push(m.index, m.index + m[0].length, inner, 0.9)
    } else if (
      (PAIRED.test(inner) && pairedInContext(text, m.index, m.index + m[0].length)) ||
      (DOUBLE.test(inner) && !ORDINARY_DOUBLE.test(inner) && !DOUBLE_DATE.test(inner)) ||
      ((LED.test(inner) ||
        HUNDREDS_LED.test(inner) ||
        HUNDREDS_PAIR.test(inner) ||
        COUNTED_CAMPAIGN.test(inner) ||
        ONE_CHANNEL.test(inner)) &&
        !ORDINARY.test(inner))
    ) {
      push(m.index, m.index + m[0].length, inner, 0.75)
    }
  }
  for (const m of text.matchAll(QUOTED_LIST)) {
    const parts = m[1]!.split('、')
    const led = parts.filter((p) => NUMERAL_LED_PART.test(p) || ONE_LED_PART.test(p))
    const structured =
      parts.every((p) => GROUPED.test(p) && !ORDINARY.test(p)) &&
      !/即[：:]?$/u.test(text.slice(Math.max(0, m.index - 2), m.index))
    if (!structured && (led.length < 2 || !led.some((p) => NUMERAL_LED_PART.test(p)))) continue
    push(m.index, m.index + m[0].length, m[1]!, 0.8)
  }
  for (const m of text.matchAll(BIG_SET)) {
    const quoted = isQuoted(text, m.index, m.index + m[0].length)
    const s = quoted ? m.index - 1 : m.index
    push(s, m.index + m[0].length + (quoted ? 1 : 0), m[0], quoted ? 0.9 : 0.8)
  }
  for (const m of text.matchAll(TRIPLE_ONE)) {
    if (ORDINARY.test(m[0])) continue
    push(m.index, m.index + m[0].length, m[0], 0.7)
  }
  for (const m of text.matchAll(KNOWN)) {
    const quoted = isQuoted(text, m.index, m.index + m[0].length)
    const s = quoted ? m.index - 1 : m.index
    push(s, m.index + m[0].length + (quoted ? 1 : 0), m[0], quoted ? 0.9 : 0.75)
  }
  return out
}
