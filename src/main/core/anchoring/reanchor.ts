/**
 * Re-anchors a highlight after its article's text changed. Steps, cheapest
 * first: (1) the position the edits shifted it to, word for word; (2) that
 * position with its own text lightly edited (a correction inside the
 * highlight); (3) the exact quote with its context anywhere; (4) a fuzzy
 * quote match near, then anywhere. Never drops a highlight: when nothing
 * matches, the result is an orphan keeping its old quote.
 */
import { mapRange } from './edits'
import { matchExactQuote } from './exact-quote'
import { matchFuzzyQuote } from './fuzzy-quote'
import { matchesAtPosition } from './position'
import { describeRange } from './selector'
import { similarity } from './similarity'
import type { Anchor, AnchorStatus, TextEdit, TextRange } from './types'

/** How similar a lightly edited highlight must stay to its old text to keep its place. */
const MIN_EDITED_SIMILARITY = 0.5

export interface Reanchored extends Anchor {
  status: AnchorStatus
}

function found(text: string, range: TextRange, status: AnchorStatus): Reanchored {
  return { ...describeRange(text, range.start, range.end), status }
}

/** Where `anchor` (in the old text) lies in `newText`, the old text after `edits`. */
export function reanchor(newText: string, anchor: Anchor, edits: readonly TextEdit[]): Reanchored {
  const mapped = mapRange(anchor, edits)
  if (matchesAtPosition(newText, mapped, anchor.exact)) return found(newText, mapped, 'ok')
  if (
    mapped.end > mapped.start &&
    similarity(newText.slice(mapped.start, mapped.end), anchor.exact) >= MIN_EDITED_SIMILARITY
  ) {
    return found(newText, mapped, 'moved')
  }
  const exact = matchExactQuote(newText, anchor, mapped.start)
  if (exact) return found(newText, exact, 'moved')
  const reach = anchor.exact.length * 2 + 64
  const near = {
    start: Math.max(0, mapped.start - reach),
    end: Math.min(newText.length, mapped.end + reach),
  }
  const fuzzy =
    matchFuzzyQuote(newText, anchor, mapped.start, near) ??
    matchFuzzyQuote(newText, anchor, mapped.start)
  if (fuzzy) return found(newText, fuzzy, 'moved')
  return { ...anchor, status: 'orphan' }
}
