/**
 * State of the reader's structure edit mode: whether it is on, the last split
 * or merge (which Ctrl/Cmd+Z or the undo offer reverses), and the calls.
 * `onChanged` runs after every change or undo so the reader reloads.
 */
import { useCallback, useEffect, useState } from 'react'
import { call } from '../../api/client'

export type StructureChange =
  { kind: 'split'; otherId: number; title: string } | { kind: 'merge'; otherId: number }

export interface StructureEdit {
  editing: boolean
  toggle: () => void
  busy: boolean
  last: StructureChange | null
  error: string | null
  split: (at: number, title: string) => void
  merge: () => void
  undo: () => void
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export function useStructureEdit(articleId: number, onChanged: () => void): StructureEdit {
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [last, setLast] = useState<StructureChange | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = useCallback(
    (work: () => Promise<StructureChange | null>) => {
      setBusy(true)
      setError(null)
      work().then(
        (change) => {
          setLast(change)
          setBusy(false)
          onChanged()
        },
        (err: unknown) => {
          setError(message(err))
          setBusy(false)
        },
      )
    },
    [onChanged],
  )

  const split = useCallback(
    (at: number, title: string) =>
      run(async () => {
        const o = await call('articles.split', { id: articleId, at, title: title || undefined })
        const other = await call('articles.get', { id: o.otherId })
        return { kind: 'split', otherId: o.otherId, title: other.title }
      }),
    [articleId, run],
  )
  const merge = useCallback(
    () =>
      run(async () => {
        const o = await call('articles.mergeNext', { id: articleId })
        return { kind: 'merge', otherId: o.otherId }
      }),
    [articleId, run],
  )
  const undo = useCallback(
    () =>
      run(async () => {
        await call('articles.undoStructure', { id: articleId })
        return null
      }),
    [articleId, run],
  )

  useEffect(() => {
    if (!editing || !last) return
    const onKey = (e: KeyboardEvent): void => {
      const el = e.target as HTMLElement | null
      if (el && ['INPUT', 'TEXTAREA'].includes(el.tagName)) return
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault()
        undo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editing, last, undo])

  const toggle = useCallback(() => {
    setEditing((on) => !on)
    setLast(null)
    setError(null)
  }, [])

  return { editing, toggle, busy, last, error, split, merge, undo }
}
