/**
 * Text edits and how offsets follow them. Edits are in old-text offsets,
 * sorted and non-overlapping. A highlight's start follows text inserted
 * exactly at it (the insertion lands before it); its end does not (the
 * insertion lands after it). An offset inside a replaced span moves to the
 * start of the replacement (for a start) or its end (for an end), so the
 * highlight covers the replacement.
 */
import type { TextEdit, TextRange } from './types'

/** The text after applying `edits` (sorted, non-overlapping) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = ''
  let at = 0
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return out + text.slice(at)
}

function mapOffset(p: number, edits: readonly TextEdit[], side: 'start' | 'end'): number {
  let delta = 0
  for (const e of edits) {
    const insertion = e.start === e.end
    if (e.end < p || (e.end === p && !(insertion && side === 'end'))) {
      delta += e.text.length - (e.end - e.start)
      continue
    }
    if (e.start < p) return e.start + delta + (side === 'end' ? e.text.length : 0)
    break
  }
  return p + delta
}

/** Where `range` lies after `edits`; may come out empty when its text was deleted. */
export function mapRange(range: TextRange, edits: readonly TextEdit[]): TextRange {
  const start = mapOffset(range.start, edits, 'start')
  const end = mapOffset(range.end, edits, 'end')
  return { start, end: Math.max(start, end) }
}

/** True when no edit touches the inside of `range` (insertions at its edges do not). */
export function untouched(range: TextRange, edits: readonly TextEdit[]): boolean {
  return edits.every((e) =>
    e.start === e.end
      ? e.start <= range.start || e.start >= range.end
      : e.end <= range.start || e.start >= range.end,
  )
}
