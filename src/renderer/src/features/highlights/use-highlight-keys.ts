/**
 * ] and [ go to the next / previous highlight (opening its card), counted
 * from the open highlight, or else from the reading position. Ignored while
 * typing in a field or a note.
 */
import type { Highlight } from '@shared/highlight'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { inField } from './HighlightToolbar'

/** The highlight after (`by` 1) or before (-1) offset `from`, among anchored ones in order. */
export function neighbourHighlight(
  items: readonly Highlight[],
  from: number,
  by: 1 | -1,
  skipId?: number,
): Highlight | undefined {
  const anchored = items.filter((h) => h.anchor !== 'orphan' && h.id !== skipId)
  return by === 1
    ? anchored.find((h) => h.start > from || (h.start === from && skipId === undefined))
    : [...anchored].reverse().find((h) => h.start < from)
}

export function useHighlightKeys(
  items: readonly Highlight[],
  open: Highlight | null | undefined,
  position: () => number,
  go: (h: Highlight) => void,
): void {
  const state = useRef({ items, open, position, go })
  useLayoutEffect(() => {
    state.current = { items, open, position, go }
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || inField(e)) return
      if (e.key !== ']' && e.key !== '[') return
      const { items, open, position, go } = state.current
      const from = open ? open.start : position()
      const h = neighbourHighlight(items, from, e.key === ']' ? 1 : -1, open?.id)
      if (!h) return
      e.preventDefault()
      go(h)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
