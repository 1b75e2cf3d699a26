/**
 * Second anchoring step: the exact quote elsewhere in the text. With several
 * occurrences, the one whose prefix and suffix agree best wins, then the one
 * nearest the expected position.
 */
import { contextScore, positionScore } from './context-score'
import type { QuoteSelector, TextRange } from './types'

/** Occurrences examined at most; a quote found more often is too common to place by itself. */
const MAX_OCCURRENCES = 1000

/** The best occurrence of `quote.exact`, or null when it does not occur. */
export function matchExactQuote(
  text: string,
  quote: QuoteSelector,
  hint: number,
): TextRange | null {
  if (!quote.exact) return null
  let best: TextRange | null = null
  let bestScore = -1
  let seen = 0
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const range = { start: at, end: at + quote.exact.length }
    const score = contextScore(text, range, quote) * 10 + positionScore(text.length, at, hint)
    if (score > bestScore) {
      best = range
      bestScore = score
    }
    if (++seen >= MAX_OCCURRENCES) break
  }
  return best
}
