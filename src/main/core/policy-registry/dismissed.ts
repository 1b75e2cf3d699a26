/**
 * Which suggestions a person dismissed, in the article's current text. A
 * dismissal is re-anchored the way a highlight is (its exact quote, placed by
 * its prefix and suffix, nearest its old position: anchoring's exact-quote
 * step), so a correction elsewhere in the article leaves it dismissed; a
 * suggestion counts as dismissed only when it has the dismissal's label and
 * sits exactly where the dismissed quote now is. Correcting the dismissed
 * words themselves (a new label, or a quote no longer there) lets the new
 * suggestion show.
 */
import { matchExactQuote, type TextRange } from '../anchoring'
import type { Dismissal } from '../db/repos/policy-dismissals'

/** A dismissal placed in the current text: its label and where its quote now is. */
interface Placed extends TextRange {
  label: string
}

/** Where each dismissal's quote lies in `text` now; dismissals whose quote is gone are left out. */
export function placeDismissals(text: string, dismissals: readonly Dismissal[]): Placed[] {
  const placed: Placed[] = []
  for (const d of dismissals) {
    const range = matchExactQuote(text, d, d.start)
    if (range) placed.push({ ...range, label: d.label })
  }
  return placed
}

/** Whether the suggestion `c` (label and range in the current text) was dismissed. */
export function isDismissed(
  c: { label: string; start: number; end: number },
  placed: readonly Placed[],
): boolean {
  return placed.some((p) => p.label === c.label && p.start === c.start && p.end === c.end)
}
