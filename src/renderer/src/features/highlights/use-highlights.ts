/**
 * The highlights of one article, kept in step with the library: create,
 * change and delete, each undoable (Ctrl/Cmd+Z takes back the last 20
 * actions, newest first; see undo-stack.ts).
 */
import type { Highlight, HighlightColor } from '@shared/highlight'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { call } from '../../api/client'
import { changeKind, pushUndo, revertChanges, type UndoEntry, type UndoKind } from './undo-stack'

export interface HighlightChanges {
  color?: HighlightColor
  note?: { json: string | null; text: string }
  tags?: string[]
  /** A new place: re-attaches an orphan. */
  range?: { start: number; end: number }
}

export interface Highlights {
  items: Highlight[]
  /** True once the first list arrived (or failed), so the article can be drawn once, with its marks. */
  loaded: boolean
  error: string | null
  create(start: number, end: number, color: HighlightColor): Promise<Highlight | null>
  update(id: number, changes: HighlightChanges): Promise<void>
  remove(id: number): Promise<void>
  undo(): Promise<void>
  canUndo: boolean
  /** What Ctrl/Cmd+Z would take back, or null. */
  lastAction: UndoKind | null
  /** Bumped by each undo that rewrote a note, so an open note editor reloads it. */
  undone: number
  /** Bumped by every action and undo: when the undo offer was last worth showing. */
  actions: number
  /** Re-reads the list (after the article's text changed). */
  reload(): void
}

/** One request started ahead of the reader's first render (see prefetchHighlights). */
let prefetched: { articleId: number; list: Promise<Highlight[]> } | null = null

/**
 * Starts loading an article's highlights now, beside the article itself,
 * instead of after the article arrived; the next useHighlights for that
 * article takes this request over.
 */
export function prefetchHighlights(articleId: number): void {
  const list = call('highlights.list', { articleId })
  list.catch(() => {}) // reported by the hook that takes it over
  prefetched = { articleId, list }
}

function takePrefetched(articleId: number): Promise<Highlight[]> | null {
  const p = prefetched?.articleId === articleId ? prefetched.list : null
  prefetched = null
  return p
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

function upsert(items: Highlight[], h: Highlight): Highlight[] {
  const rest = items.filter((x) => x.id !== h.id)
  return [...rest, h].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id)
}

export function useHighlights(articleId: number): Highlights {
  const [items, setItems] = useState<Highlight[]>([])
  const [error, setError] = useState<string | null>(null)
  const [history, setHistory] = useState<UndoEntry[]>([])
  const [undone, setUndone] = useState(0)
  const [actions, setActions] = useState(0)
  const record = useCallback((entry: UndoEntry) => {
    setHistory((s) => pushUndo(s, entry))
    setActions((n) => n + 1)
  }, [])
  const itemsRef = useRef(items)
  // What undo takes from: popped at once, so two quick Ctrl+Z never take back one action twice.
  const historyRef = useRef(history)
  useLayoutEffect(() => {
    itemsRef.current = items
    historyRef.current = history
  })
  const [generation, setGeneration] = useState(0)
  const [loaded, setLoaded] = useState(false)

  useEffect(() => {
    let live = true
    ;(takePrefetched(articleId) ?? call('highlights.list', { articleId }))
      .then(
        (list) => live && setItems(list),
        (err: unknown) => live && setError(message(err)),
      )
      .finally(() => live && setLoaded(true))
    return () => {
      live = false
    }
  }, [articleId, generation])

  const create = useCallback(
    async (start: number, end: number, color: HighlightColor) => {
      try {
        const h = await call('highlights.create', { articleId, start, end, color })
        setItems((xs) => upsert(xs, h))
        record({ kind: 'create', id: h.id })
        return h
      } catch (err) {
        setError(message(err))
        return null
      }
    },
    [articleId, record],
  )

  const update = useCallback(
    async (id: number, changes: HighlightChanges) => {
      const before = itemsRef.current.find((x) => x.id === id)
      const kind = changeKind(changes)
      try {
        const h = await call('highlights.update', { id, ...changes })
        setItems((xs) => upsert(xs, h))
        if (before && kind) record({ kind, before })
      } catch (err) {
        setError(message(err))
      }
    },
    [record],
  )

  const remove = useCallback(
    async (id: number) => {
      try {
        const gone = await call('highlights.delete', { id })
        setItems((xs) => xs.filter((x) => x.id !== id))
        record({ kind: 'delete', highlight: gone })
      } catch (err) {
        setError(message(err))
      }
    },
    [record],
  )

  const undo = useCallback(async () => {
    const last = historyRef.current[historyRef.current.length - 1]
    if (!last) return
    historyRef.current = historyRef.current.slice(0, -1)
    setHistory((s) => s.slice(0, -1))
    setActions((n) => n + 1)
    try {
      if (last.kind === 'create') {
        await call('highlights.delete', { id: last.id })
        setItems((xs) => xs.filter((x) => x.id !== last.id))
      } else if (last.kind === 'delete') {
        const h = await call('highlights.restore', { highlight: last.highlight })
        setItems((xs) => upsert(xs, h))
      } else {
        const h = await call('highlights.update', { id: last.before.id, ...revertChanges(last) })
        setItems((xs) => upsert(xs, h))
        if (last.kind === 'note') setUndone((n) => n + 1)
      }
    } catch (err) {
      setError(message(err))
    }
  }, [])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  return {
    items,
    loaded,
    error,
    create,
    update,
    remove,
    undo,
    canUndo: history.length > 0,
    lastAction: history[history.length - 1]?.kind ?? null,
    undone,
    actions,
    reload,
  }
}
