/**
 * Shapes shared by the anchoring algorithms. Offsets are UTF-16 code unit
 * offsets into an article's `text` (its blocks joined by "\n"), the same unit
 * as `String.prototype.slice`, in every process.
 */

/** A half-open range [start, end) of the article text. */
export interface TextRange {
  start: number
  end: number
}

/** W3C Web Annotation TextQuoteSelector: the quoted text and its context. */
export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/** Where a highlight is, described both ways (position and quote). */
export interface Anchor extends TextRange, QuoteSelector {}

/**
 * The outcome of re-anchoring after the text changed:
 * `ok` — the quote is still at its (edit-shifted) position, word for word;
 * `moved` — found again, but elsewhere or with its own text changed;
 * `orphan` — not found; the highlight keeps its old quote and note.
 */
export type AnchorStatus = 'ok' | 'moved' | 'orphan'

/** One replacement of old[start, end) by `text`; offsets are in the old text. */
export interface TextEdit {
  start: number
  end: number
  text: string
}
