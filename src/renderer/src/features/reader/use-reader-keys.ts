/**
 * Reader-wide keys. Ctrl/Cmd+F opens the find bar: caught in the capture
 * phase and marked handled (defaultPrevented), so the header's search box
 * (which takes Ctrl/Cmd+F everywhere else) leaves it alone. J / K (and
 * Alt+→ / Alt+←) open the next / previous article in library order. Plain
 * keys are ignored while typing in a field or a note.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { call } from '../../api/client'
import { navigate } from '../../routing/hash-route'

function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** Opens the article `by` places from `id` in the library's order, if there is one. */
async function openNeighbour(id: number, by: 1 | -1): Promise<void> {
  const list = await call('articles.list', { limit: 10_000 })
  const i = list.findIndex((a) => a.id === id)
  const next = i < 0 ? undefined : list[i + by]
  if (next) navigate({ name: 'article', id: next.id })
}

export function useReaderKeys(articleId: number, onFind: () => void): void {
  const find = useRef(onFind)
  useLayoutEffect(() => {
    find.current = onFind
  })
  useEffect(() => {
    const onKeyCapture = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault()
        find.current()
      }
    }
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || typing(e)) return
      const key = e.key.toLowerCase()
      const by = e.altKey
        ? e.key === 'ArrowRight'
          ? 1
          : e.key === 'ArrowLeft'
            ? -1
            : 0
        : key === 'j'
          ? 1
          : key === 'k'
            ? -1
            : 0
      if (!by) return
      e.preventDefault()
      void openNeighbour(articleId, by)
    }
    window.addEventListener('keydown', onKeyCapture, true)
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKeyCapture, true)
      window.removeEventListener('keydown', onKey)
    }
  }, [articleId])
}
