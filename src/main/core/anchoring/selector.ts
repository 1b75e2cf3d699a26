/** Builds the quote selector of a range: exact text plus 32 characters of context either side. */
import type { Anchor } from './types'

/** UTF-16 units of prefix and suffix kept with each highlight. */
export const CONTEXT_LENGTH = 32

/** The anchor for text[start, end); throws RangeError for a range outside the text or empty. */
export function describeRange(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`range ${start}–${end} lies outside the text (length ${text.length})`)
  }
  if (end <= start) throw new RangeError(`range ${start}–${end} is empty`)
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  }
}
