/** How well a candidate range's surroundings agree with a quote's prefix and suffix. */
import type { QuoteSelector, TextRange } from './types'
import { similarity } from './similarity'

/** Context agreement in [0, 1]: the mean similarity of the prefix and of the suffix. */
export function contextScore(text: string, range: TextRange, quote: QuoteSelector): number {
  const before = text.slice(Math.max(0, range.start - quote.prefix.length), range.start)
  const after = text.slice(range.end, range.end + quote.suffix.length)
  return (similarity(before, quote.prefix) + similarity(after, quote.suffix)) / 2
}

/** Closeness of `start` to `hint` in [0, 1], relative to the text's length. */
export function positionScore(textLength: number, start: number, hint: number): number {
  return textLength ? 1 - Math.min(1, Math.abs(start - hint) / textLength) : 1
}
