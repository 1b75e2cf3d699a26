/** Highlight anchoring: quote selectors, offset mapping through edits, re-anchoring. */
export { describeRange, CONTEXT_LENGTH } from './selector'
export { applyEdits, mapRange, untouched } from './edits'
export { reanchor, type Reanchored } from './reanchor'
export { matchExactQuote } from './exact-quote'
export type { Anchor, AnchorStatus, QuoteSelector, TextEdit, TextRange } from './types'
