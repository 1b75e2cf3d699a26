/**
 * The reader's undo history for highlights: the last 20 actions a person
 * took (create, colour change, note edit, tag change, delete), newest last,
 * each holding what is needed to take it back. Successive saves of the same
 * note are one entry (the note as it was before the editing began), since
 * the note autosaves while it is typed. Re-attaching an orphan is not undone.
 */
import type { Highlight } from '@shared/highlight'

export const UNDO_DEPTH = 20

export type UndoEntry =
  | { kind: 'create'; id: number }
  | { kind: 'delete'; highlight: Highlight }
  | { kind: 'color' | 'note' | 'tags'; before: Highlight }

export type UndoKind = UndoEntry['kind']

/** The stack with `entry` on top, at most UNDO_DEPTH long. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  const top = stack[stack.length - 1]
  if (entry.kind === 'note' && top?.kind === 'note' && top.before.id === entry.before.id) {
    return [...stack]
  }
  return [...stack, entry].slice(-UNDO_DEPTH)
}

/** Which kind of undoable change an update is, or null (a re-attachment). */
export function changeKind(changes: {
  color?: unknown
  note?: unknown
  tags?: unknown
}): 'color' | 'note' | 'tags' | null {
  if (changes.color !== undefined) return 'color'
  if (changes.note !== undefined) return 'note'
  if (changes.tags !== undefined) return 'tags'
  return null
}

/** The `highlights.update` changes that put back what `entry` changed. */
export function revertChanges(entry: Extract<UndoEntry, { before: Highlight }>): {
  color?: Highlight['color']
  note?: { json: string | null; text: string }
  tags?: string[]
} {
  const h = entry.before
  if (entry.kind === 'color') return { color: h.color }
  if (entry.kind === 'note') return { note: { json: h.noteJson, text: h.noteText } }
  return { tags: [...h.tags] }
}
