/** First anchoring step: is the quote still exactly where the offsets say? */
import type { TextRange } from './types'

/** True when text[range] is exactly `exact`. */
export function matchesAtPosition(text: string, range: TextRange, exact: string): boolean {
  return range.end - range.start === exact.length && text.startsWith(exact, range.start)
}
