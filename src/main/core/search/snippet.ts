/**
 * Snippets: a window of the original text around the first match, with
 * every occurrence of the positive terms inside it marked by offsets. The
 * search happens in folded text, whose offsets equal the original's.
 */
import type { Snippet } from '@shared/calls/search'
import { fold } from './fold'

/** First [start, end) of any of `needles` in folded `haystack`, or null. */
export function firstMatch(
  foldedHaystack: string,
  needles: readonly string[],
): [number, number] | null {
  let best: [number, number] | null = null
  for (const n of needles) {
    const i = foldedHaystack.indexOf(n)
    if (i >= 0 && (best === null || i < best[0])) best = [i, i + n.length]
  }
  return best
}

/** Every occurrence of `needles` in folded text, merged where they overlap. */
export function allMatches(folded: string, needles: readonly string[]): [number, number][] {
  const spans: [number, number][] = []
  for (const n of needles) {
    for (let i = folded.indexOf(n); i >= 0; i = folded.indexOf(n, i + 1))
      spans.push([i, i + n.length])
  }
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const merged: [number, number][] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1])
    else merged.push([s[0], s[1]])
  }
  return merged
}

/**
 * The snippet of `text` around its first match of `needles` (folded terms):
 * up to `before` units before it and `width` in all, cut at code-point
 * boundaries, with ellipses where the text was cut.
 */
export function snippetOf(
  text: string,
  needles: readonly string[],
  width = 120,
  before = 30,
  folded = fold(text),
): Snippet {
  const first = firstMatch(folded, needles)
  let start = first ? Math.max(0, first[0] - before) : 0
  let end = Math.min(text.length, start + width)
  if (first && end < first[1]) end = first[1]
  if (isLowSurrogate(text, start)) start--
  if (isLowSurrogate(text, end)) end++
  const lead = start > 0 ? '…' : ''
  const tail = end < text.length ? '…' : ''
  const body = text.slice(start, end).replace(/\s/g, ' ')
  const matches = allMatches(folded.slice(start, end), needles).map(
    ([s, e]) => [s + lead.length, e + lead.length] as [number, number],
  )
  return { text: lead + body + tail, matches }
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff
}
