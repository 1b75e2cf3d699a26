/**
 * Policy packages named by their article count: 重点产业“24条”, 稳经济33条措施,
 * 十条措施. The topic is the words just before the count in the same clause,
 * cut at the verb that introduced it (出台, 印发…); a place at its front is
 * dropped from the label. 第24条 (an article of a law) is never a package.
 */
import { CHINESE_NUMERAL_CHARS, parseCount } from './numerals'
import { clauseStart, OPEN_QUOTES, QUOTE_PAIRS } from './clause'
import type { PolicySpan } from './types'

const COUNT = `[0-9０-９]{1,3}|[${CHINESE_NUMERAL_CHARS}]{1,5}`
const PATTERN = new RegExp(
  `([${OPEN_QUOTES}])?(${COUNT})条([”"’'」』》＂])?(政策措施|措施|意见|政策|举措)?([”"’'」』》＂])?`,
  'gu',
)

/**
 * A count with a few words between 条 and the noun: 15条硬核措施, 18条稳外贸措施,
 * 10条具体举措. The words are a topic (稳外贸) or a qualifier (硬核, 具体).
 */
const QUALIFIED = new RegExp(`(${COUNT})条([\u4e00-\u9fff]{2,6}?)(政策措施|措施|举措|意见)`, 'gu')
/** Qualifiers that say nothing of the topic: 15条具体措施 is not named 具体15条. */
const PLAIN_QUALIFIER =
  /^(?:具体|相关|有关|主要|重要|重点|配套|务实|实在|有力|有效|针对性|可操作|政策)$/u

/** Verbs and markers after which a topic begins; the topic is what follows the last one. */
const TOPIC_CUT =
  /(出台|印发|发布|推出|提出|明确|制定|出炉|实施|落实|贯彻|兑现|执行|修订|围绕|根据|按照|依据|对照|通过|关于|简称|所称|统称|俗称|称之为|即|是|了|将|把|从|对|在|和|与|及|共|有|用好|抓好|聚焦|这份|该份|这项|该项|这批|这些|一份|这|该|其中|其|系列|版|称为|称作|政府|国务院|党中央|推动|推进|持续|全面|去年|今年|明年|上年|此前|原有|新版|新一轮|新一批|等)/gu
/** A place at the front of a topic (达州重点产业 → 重点产业). */
const LEADING_PLACE =
  /^[\u4e00-\u9fff]{1,4}?(?:自治区|[省市县州区])(?![省市县州区])(?=[\u4e00-\u9fff]{2})/u
/** Words ending in 区/市 that name a kind of area, not a place (园区黄金8条 keeps 园区). */
const AREA_NOUN =
  /^(?:园区|社区|城区|景区|片区|辖区|市区|港区|厂区|校区|矿区|山区|小区|街区|城市|都市|地区)$/u
/** Characters a topic is made of. */
const TOPIC_CHAR = /[\u4e00-\u9fffA-Za-z0-9]/u
/** What may follow a bare count for it still to name a package (not 24条线路; 与…33条相比 is). */
const AFTER_BARE = /^(?:$|[，,。；;、：:！？\s）)的和及等与]|[”"’」』》]|相比|相较)/u
/** The verbs that introduce a package (出台…24条) when it has neither quotes nor 措施. */
const INTRODUCING_VERB = /(出台|印发|发布|推出|提出|明确|制定|出炉|落实|实施|兑现|用好|贯彻)$/u

/**
 * A topic that ends by naming a package (稳经济一揽子政策33条), with words before
 * it; 各类政策措施40条 or 梳理相关政策12条 count documents, not one package.
 */
const NAMED_AS_PACKAGE =
  /^(?!.*(?:各类|各项|多项|相关|有关|梳理|汇总|累计))[\u4e00-\u9fff]{2,}(?:政策|措施|举措|意见)$/u

/**
 * The title text before `pos` when `pos` lies inside an open 《…》 of Han
 * characters (《关于优化营商环境推动交通运输高质量发展的十条措施》), else null.
 */
function titleBefore(text: string, pos: number): string | null {
  const open = text.lastIndexOf('《', pos - 1)
  if (open === -1 || pos - open > 41) return null
  const inside = text.slice(open + 1, pos)
  return /^[\u4e00-\u9fff]+$/u.test(inside) ? inside : null
}

/**
 * The topic before `pos`, with trailing 的 and any leading place removed.
 * Inside a document title the topic is the whole title after 关于 (推动,
 * 全面… there are part of the name, not a verb introducing it).
 */
export function topicBefore(
  text: string,
  pos: number,
): { topic: string; cutBy: string; plural: boolean; titled: boolean } {
  const from = clauseStart(text, pos, 24)
  let i = pos
  while (i > from && TOPIC_CHAR.test(text[i - 1]!)) i--
  let phrase = text.slice(i, pos)
  const plural = /[两二三四几多]个$/u.test(phrase)
  let cutBy = ''
  let cutAt = 0
  const title = titleBefore(text, pos)
  if (title !== null) {
    phrase = title
    const about = title.lastIndexOf('关于')
    if (about !== -1) [cutBy, cutAt] = ['关于', about + 2]
  } else {
    for (const m of phrase.matchAll(TOPIC_CUT)) {
      cutBy = m[0]
      cutAt = m.index + m[0].length
    }
  }
  phrase = phrase
    .slice(cutAt)
    .replace(/(?:当中|之中|中)?的$/u, '')
    .replace(/^的/u, '')
    .replace(/^[0-9]+/u, '')
  const place = LEADING_PLACE.exec(phrase)
  if (place && !/^[全本我该]/u.test(place[0]) && !AREA_NOUN.test(place[0]))
    phrase = phrase.slice(place[0].length)
  else if (/^(?:全市|全省|全区|全县|本市|本省|本区|本县|我市|我省|我区|我县)/u.test(phrase))
    phrase = phrase.slice(2)
  return { topic: phrase, cutBy, plural, titled: title !== null }
}

/** Every n-articles mention in `text`. */
export function findNArticles(text: string): PolicySpan[] {
  const out: PolicySpan[] = []
  for (const m of text.matchAll(PATTERN)) {
    const [matched, openRaw, countText, closeAfterCount, suffix, closeAfterSuffix] = m
    // “十条措施”: the quotes may close after the suffix instead of after 条.
    const closeRaw =
      closeAfterCount ??
      (suffix !== undefined && openRaw !== undefined && QUOTE_PAIRS[openRaw] === closeAfterSuffix
        ? closeAfterSuffix
        : undefined)
    const whole =
      closeAfterSuffix !== undefined && closeRaw !== closeAfterSuffix
        ? matched.slice(0, -closeAfterSuffix.length)
        : matched
    let start = m.index
    let end = start + whole.length
    const quoted =
      openRaw !== undefined && closeRaw !== undefined && QUOTE_PAIRS[openRaw] === closeRaw
    if (openRaw !== undefined && !quoted) start += 1
    if (closeRaw !== undefined && !quoted) {
      end -= closeRaw.length + (suffix?.length ?? 0)
    }
    const countStart = m.index + (openRaw?.length ?? 0)
    const count = parseCount(countText!)
    if (count === null || count < 2 || count > 200) continue
    if (text[start - 1] === '第' || text[countStart - 1] === '第') continue
    const hasSuffix = suffix !== undefined && (quoted || closeRaw === undefined)
    const { topic, cutBy, plural, titled } = topicBefore(text, start)
    if (plural) continue
    // 「稳外贸12条」: the quotes wrap the topic as well as the count.
    const wrapped =
      !quoted &&
      closeRaw !== undefined &&
      topic !== '' &&
      QUOTE_PAIRS[text[start - topic.length - 1] ?? ''] === closeRaw &&
      text.slice(start - topic.length, start) === topic
    if (wrapped) {
      // 两个“国九条”: two packages of one name, like 两个“21条”.
      const open = start - topic.length - 1
      if (/[两二三四几多]个$/u.test(text.slice(Math.max(0, open - 2), open))) continue
      if (kindsOrPart(text, open)) continue
      end += closeRaw.length
      out.push({
        kind: 'n-articles',
        start: start - topic.length - 1,
        end,
        text: text.slice(start - topic.length - 1, end),
        label: `${topic}${count}条`,
        confidence: 0.95,
      })
      continue
    }
    if (kindsOrPart(text, start)) continue
    let confidence: number
    if (quoted) confidence = topic ? 0.95 : 0.85
    else if (hasSuffix && count >= 5) confidence = topic ? 0.9 : 0.8
    else if (
      count >= 5 &&
      topic.length >= 2 &&
      (titled ||
        INTRODUCING_VERB.test(cutBy) ||
        NAMED_AS_PACKAGE.test(topic) ||
        coordinatedWithPackage(text, start - topic.length, cutBy)) &&
      AFTER_BARE.test(text.slice(end, end + 2))
    )
      confidence = 0.7
    else continue
    const topicStart = start - topicLengthBefore(text, start, topic)
    out.push({
      kind: 'n-articles',
      start: topicStart,
      end,
      text: text.slice(topicStart, end),
      label: `${topic}${count}条`,
      confidence,
    })
  }
  return [...out, ...findQualified(text, out)].sort((a, b) => a.start - b.start)
}

/**
 * 出台15条硬核措施 / 推出支持民营经济发展15条硬核措施: a count with a qualifier
 * before its noun. Found only after a verb that introduces a package (with or
 * without a topic between them), never after 第 or a plural.
 */
function findQualified(text: string, taken: readonly PolicySpan[]): PolicySpan[] {
  const out: PolicySpan[] = []
  for (const m of text.matchAll(QUALIFIED)) {
    const [matched, countText, qualifier] = m
    const start = m.index
    const end = start + matched.length
    if (taken.some((t) => t.start < end && start < t.end)) continue
    if (text[start - 1] === '第' || /[条，,。；;、的]/u.test(qualifier!)) continue
    const count = parseCount(countText!)
    if (count === null || count < 3 || count > 200) continue
    const { topic, cutBy, plural } = topicBefore(text, start)
    if (plural) continue
    // Only after a verb that introduces a package: 开通24条公交线路措施 or
    // 梳理出12条具体措施 name no package.
    if (!INTRODUCING_VERB.test(cutBy)) continue
    const named = topic.length >= 2 && text.slice(start - topic.length, start) === topic
    if (!named && topic !== '') continue
    const name = named ? topic : PLAIN_QUALIFIER.test(qualifier!) ? '' : qualifier!
    const topicStart = named ? start - topic.length : start
    out.push({
      kind: 'n-articles',
      start: topicStart,
      end,
      text: text.slice(topicStart, end),
      label: `${name}${count}条`,
      confidence: named ? 0.85 : 0.75,
    })
  }
  return out
}

/** Words before a count that make it a kind of package or a part of one. */
const KINDS_OR_PART = /(?:各类|各种|各项|多项|一些|一批|此类|这类|类似|其中|另有|其余|剩余)$/u
/** Quoted counts listed just before (各类“十条”“二十条”): skipped to reach the word before them. */
const QUOTED_COUNTS_BEFORE = /(?:[“"‘「『《][^”"’」』》]{0,12}条[”"’」』》][、，,和及与]?)+$/u

/** True for 各类“十条”“二十条” (kinds of package) and 其中5条措施 (a part of one). */
function kindsOrPart(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start).replace(QUOTED_COUNTS_BEFORE, '')
  return KINDS_OR_PART.test(lead)
}

/** True for 重点产业“24条”和科技创新十条: the topic follows 和/及/与 right after another package. */
function coordinatedWithPackage(text: string, topicStart: number, cutBy: string): boolean {
  if (!/^(和|及|与)$/u.test(cutBy)) return false
  if (text.slice(topicStart - cutBy.length, topicStart) !== cutBy) return false
  return /条[”"’'」』》]?(?:措施|意见|政策|举措)?$/u.test(text.slice(0, topicStart - cutBy.length))
}

/** How many characters of the topic sit right before `pos` (the topic ends there, 的 or 中的 aside). */
function topicLengthBefore(text: string, pos: number, topic: string): number {
  if (topic === '') return 0
  if (text.slice(pos - topic.length, pos) === topic) return topic.length
  for (const tail of ['的', '中的', '之中的', '当中的']) {
    if (text.slice(pos - topic.length - tail.length, pos) === topic + tail)
      return topic.length + tail.length
  }
  return 0
}
