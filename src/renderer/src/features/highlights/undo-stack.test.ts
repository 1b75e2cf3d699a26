import type { Highlight } from '@shared/highlight'
import { describe, expect, it } from 'vitest'
import { changeKind, pushUndo, revertChanges, UNDO_DEPTH, type UndoEntry } from './undo-stack'

const h = (id: number, over: Partial<Highlight> = {}): Highlight =>
  ({
    id,
    color: 'yellow',
    noteJson: null,
    noteText: '',
    tags: [],
    ...over,
  }) as Highlight

describe('undo stack', () => {
  it('keeps the last 20 actions, newest last', () => {
    let s: UndoEntry[] = []
    for (let i = 1; i <= 25; i++) s = pushUndo(s, { kind: 'create', id: i })
    expect(s).toHaveLength(UNDO_DEPTH)
    expect(s[0]).toEqual({ kind: 'create', id: 6 })
    expect(s[19]).toEqual({ kind: 'create', id: 25 })
  })

  it('folds successive saves of one note into the note as it was first', () => {
    let s = pushUndo([], { kind: 'note', before: h(1, { noteText: '' }) })
    s = pushUndo(s, { kind: 'note', before: h(1, { noteText: '这一' }) })
    expect(s).toHaveLength(1)
    expect(revertChanges(s[0] as Extract<UndoEntry, { before: Highlight }>)).toEqual({
      note: { json: null, text: '' },
    })
    s = pushUndo(s, { kind: 'note', before: h(2) })
    s = pushUndo(s, { kind: 'color', before: h(1) })
    s = pushUndo(s, { kind: 'note', before: h(1, { noteText: '这一提法' }) })
    expect(s.map((e) => e.kind)).toEqual(['note', 'note', 'color', 'note'])
  })

  it('names the change and what puts it back', () => {
    expect(changeKind({ color: 'green' })).toBe('color')
    expect(changeKind({ tags: ['a'] })).toBe('tags')
    expect(changeKind({ range: { start: 1, end: 2 } } as never)).toBeNull()
    expect(revertChanges({ kind: 'color', before: h(1, { color: 'pink' }) })).toEqual({
      color: 'pink',
    })
    expect(revertChanges({ kind: 'tags', before: h(1, { tags: ['营商环境'] }) })).toEqual({
      tags: ['营商环境'],
    })
  })
})
