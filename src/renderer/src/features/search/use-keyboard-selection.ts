/**
 * ↑/↓ move through the results and Enter opens the selected one, from the
 * header search box or anywhere in the view except other form fields.
 */
import { useEffect, useState } from 'react'

function isOtherField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.dataset.testid === 'search-box') return false
  return ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName)
}

/** The selected index into `count` results (reset when `resetKey` changes). */
export function useKeyboardSelection(
  count: number,
  resetKey: unknown,
  open: (index: number) => void,
): [number, (i: number) => void] {
  const [selected, setSelected] = useState(0)
  const [lastKey, setLastKey] = useState(resetKey)
  if (lastKey !== resetKey) {
    setLastKey(resetKey)
    setSelected(0)
  }
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (count === 0 || isOtherField(e.target) || e.isComposing) return
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        const step = e.key === 'ArrowDown' ? 1 : -1
        setSelected((s) => {
          const next = Math.min(count - 1, Math.max(0, s + step))
          const items = document.querySelectorAll('[data-testid="search-hit"]')
          items[next]?.scrollIntoView({ block: 'nearest' })
          return next
        })
      } else if (e.key === 'Enter') {
        e.preventDefault()
        open(Math.min(selected, count - 1))
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [count, open, selected])
  return [selected, setSelected]
}
