/** The outline of an article: its sub-headings and highlights, merged in document order. */
import type { Block } from '@shared/domain'
import type { Highlight } from '@shared/highlight'

export type OutlineEntry =
  | { kind: 'heading'; start: number; text: string }
  | { kind: 'highlight'; start: number; text: string; highlight: Highlight }

/** Headings (by their block's offset) and anchored highlights, by offset; a heading first on a tie. */
export function outlineOf(
  blocks: readonly Block[],
  highlights: readonly Highlight[],
): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let pos = 0
  for (const b of blocks) {
    if (b.kind === 'heading' && b.text.trim())
      entries.push({ kind: 'heading', start: pos, text: b.text })
    pos += b.text.length + 1
  }
  for (const h of highlights) {
    if (h.anchor !== 'orphan')
      entries.push({ kind: 'highlight', start: h.start, text: h.exact, highlight: h })
  }
  return entries.sort((a, b) => a.start - b.start || (a.kind === 'heading' ? -1 : 1))
}

/** The index of the entry the reader is at: the last one starting at or before `offset` (-1 if none). */
export function currentEntry(entries: readonly OutlineEntry[], offset: number): number {
  let at = -1
  for (const [i, e] of entries.entries()) {
    if (e.start > offset) break
    at = i
  }
  return at
}
