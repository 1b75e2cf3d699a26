/**
 * Frameworks written as sums: “3+3+N”, “2+9+N”, 构建1+N政策体系. Only in quotes
 * or right after a verb that builds one (构建/形成/打造…); 3+3=6 and 1+1>2 are
 * arithmetic and never match, and a sum of ones alone (“1+1”) is the synergy
 * idiom unless a framework noun follows it (“1+1”帮扶机制). A sum led by a
 * letter (“N+X”) counts in quotes only.
 */
import { isQuoted } from './clause'
import type { PolicySpan } from './types'

const TERM = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十])'
const PATTERN = new RegExp(
  `(?<![0-9０-９A-Za-z.+＋])${TERM}(?: ?[+＋] ?(?:${TERM}|[NnＮｎXx]))+(?![0-9０-９A-Za-z.+＋=＝<>＞＜%％])`,
  'gu',
)
/** “N+X”: a framework led by a letter, taken only in quotes. */
const LETTER_LED =
  /(?<![0-9０-９A-Za-z.+＋])[NnＮｎ] ?[+＋] ?(?:[XxＸｘ]|[0-9０-９]{1,2})(?![0-9０-９A-Za-z.+＋=＝<>＞＜%％])/gu
const BUILDING_VERB =
  /(构建|形成|打造|建立|建设|完善|实施|推进|围绕|聚焦|锚定|着力构建|加快构建)(起|了|好)?$/u
const FRAMEWORK_NOUN = /^(政策体系|产业体系|体系|模式|格局|布局|架构|机制|政策|工作机制|发展格局)/u

/** 1+1, 1+1+1: the idiom for synergy (“1+1”简单相加), not a framework by itself. */
const ONES_ONLY = /^1(?:\+1)+$/u
/** A framework noun within a few characters (“1+1”帮扶机制). */
const NOUN_NEAR = /^[\u4e00-\u9fff]{0,4}?(?:体系|模式|格局|布局|架构|机制)/u

/** Every framework mention in `text`. */
export function findFrameworks(text: string): PolicySpan[] {
  const out: PolicySpan[] = []
  for (const m of text.matchAll(LETTER_LED)) {
    const end = m.index + m[0].length
    if (!isQuoted(text, m.index, end)) continue
    const [s, e] = [m.index - 1, end + 1]
    const label = normaliseFramework(m[0])
    out.push({
      kind: 'framework',
      start: s,
      end: e,
      text: text.slice(s, e),
      label,
      confidence: 0.9,
    })
  }
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    const label = normaliseFramework(m[0])
    const quoted = isQuoted(text, start, end)
    const after = text.slice(quoted ? end + 1 : end, end + 7)
    if (ONES_ONLY.test(label) && !NOUN_NEAR.test(after)) continue
    let confidence: number
    if (quoted) confidence = 0.95
    else if (
      BUILDING_VERB.test(text.slice(Math.max(0, start - 6), start)) &&
      (/N$/u.test(label) || FRAMEWORK_NOUN.test(text.slice(end, end + 6)))
    )
      confidence = 0.8
    else continue
    const s = quoted ? start - 1 : start
    const e = quoted ? end + 1 : end
    out.push({ kind: 'framework', start: s, end: e, text: text.slice(s, e), label, confidence })
  }
  return out
}

/** 3＋3＋n → 3+3+N (ASCII digits and plus, capital N, no spaces: a PDF copy may leave “2+ 9+N”). */
export function normaliseFramework(s: string): string {
  return s
    .replace(/ /g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/＋/g, '+')
    .replace(/[NnＮｎ]/g, 'N')
    .replace(/[Xx]/g, 'X')
}
