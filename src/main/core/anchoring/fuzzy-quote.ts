/**
 * Third anchoring step, after Hypothesis's match-quote: approximate matches of
 * the quote (up to half its length in errors), each scored by quote
 * similarity, context agreement and closeness to the expected position.
 * A match must score well overall, so a short quote with scattered look-alike
 * characters becomes an orphan rather than a wrong highlight.
 */
import search from 'approx-string-match'
import { contextScore, positionScore } from './context-score'
import type { QuoteSelector, TextRange } from './types'

const QUOTE_WEIGHT = 50
const CONTEXT_WEIGHT = 40
const POSITION_WEIGHT = 2
/** The weighted score (0–1) a match needs to be accepted. */
export const MIN_FUZZY_SCORE = 0.7
/** Quotes longer than this are matched on their first part only (Myers' search is O(k·n/32)). */
const MAX_PATTERN = 256

/** The best approximate match of the quote in text[window], or null. */
export function matchFuzzyQuote(
  text: string,
  quote: QuoteSelector,
  hint: number,
  window: TextRange = { start: 0, end: text.length },
): TextRange | null {
  if (!quote.exact) return null
  const pattern = quote.exact.slice(0, MAX_PATTERN)
  const tail = quote.exact.length - pattern.length
  const region = text.slice(window.start, window.end)
  const maxErrors = Math.floor(pattern.length / 2)
  let best: TextRange | null = null
  let bestScore = MIN_FUZZY_SCORE
  for (const m of search(region, pattern, maxErrors)) {
    const range = {
      start: window.start + m.start,
      end: Math.min(text.length, window.start + m.end + tail),
    }
    if (range.end <= range.start) continue
    const quoteScore = 1 - m.errors / pattern.length
    const score =
      (QUOTE_WEIGHT * quoteScore +
        CONTEXT_WEIGHT * contextScore(text, range, quote) +
        POSITION_WEIGHT * positionScore(text.length, range.start, hint)) /
      (QUOTE_WEIGHT + CONTEXT_WEIGHT + POSITION_WEIGHT)
    if (score > bestScore) {
      best = range
      bestScore = score
    }
  }
  return best
}
