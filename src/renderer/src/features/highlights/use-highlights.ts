/**
 * The highlights of one article, kept in step with the library: create,
 * change, delete with an undo stack (Ctrl/Cmd+Z restores the last 20
 * deletions, newest first), and the colour names.
 */
import type { Highlight, HighlightColor } from '@shared/highlight'
import { useCallback, useEffect, useState } from 'react'
import { call } from '../../api/client'

/** Deleted highlights that Ctrl/Cmd+Z can bring back, newest last. */
const UNDO_DEPTH = 20

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
  /** Re-reads the list (after the article's text changed). */
  reload(): void
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

function upsert(items: Highlight[], h: Highlight): Highlight[] {
  const rest = items.filter((x) => x.id !== h.id)
  return [...rest, h].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id)
}

export function useHighlights(articleId: number): Highlights {
  const [items, setItems] = useState<Highlight[]>([])
  const [error, setError] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<Highlight[]>([])
  const [generation, setGeneration] = useState(0)
  const [loaded, setLoaded] = useState(false)

  useEffect(() => {
    let live = true
    call('highlights.list', { articleId })
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
        return h
      } catch (err) {
        setError(message(err))
        return null
      }
    },
    [articleId],
  )

  const update = useCallback(async (id: number, changes: HighlightChanges) => {
    try {
      const h = await call('highlights.update', { id, ...changes })
      setItems((xs) => upsert(xs, h))
    } catch (err) {
      setError(message(err))
    }
  }, [])

  const remove = useCallback(async (id: number) => {
    try {
      const gone = await call('highlights.delete', { id })
      setItems((xs) => xs.filter((x) => x.id !== id))
      setDeleted((ds) => [...ds, gone].slice(-UNDO_DEPTH))
    } catch (err) {
      setError(message(err))
    }
  }, [])

  const undo = useCallback(async () => {
    const last = deleted[deleted.length - 1]
    if (!last) return
    setDeleted((ds) => ds.slice(0, -1))
    try {
      const h = await call('highlights.restore', { highlight: last })
      setItems((xs) => upsert(xs, h))
    } catch (err) {
      setError(message(err))
    }
  }, [deleted])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  return { items, loaded, error, create, update, remove, undo, canUndo: deleted.length > 0, reload }
}
