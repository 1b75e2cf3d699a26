/**
 * The reader's text size: a few fixed steps, changed with A−/A+ or
 * Ctrl/Cmd with +, − and 0, remembered in localStorage across sessions.
 */
import { useCallback, useEffect, useState } from 'react'

const STORAGE_KEY = 'pizhu.reader.fontSize'
/** Text sizes in CSS pixels. */
export const FONT_SIZES = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32] as const
export const DEFAULT_FONT_SIZE = 19

function savedSize(): number {
  const n = Number(localStorage.getItem(STORAGE_KEY))
  return (FONT_SIZES as readonly number[]).includes(n) ? n : DEFAULT_FONT_SIZE
}

function step(size: number, direction: 1 | -1): number {
  const i = FONT_SIZES.findIndex((s) => s >= size)
  const at = i === -1 ? FONT_SIZES.length - 1 : i
  const next = Math.min(FONT_SIZES.length - 1, Math.max(0, at + direction))
  return FONT_SIZES[next]!
}

export interface FontSize {
  size: number
  canShrink: boolean
  canGrow: boolean
  smaller(): void
  larger(): void
  reset(): void
}

export function useFontSize(): FontSize {
  const [size, setSize] = useState(savedSize)

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, String(size))
  }, [size])

  const smaller = useCallback(() => setSize((s) => step(s, -1)), [])
  const larger = useCallback(() => setSize((s) => step(s, 1)), [])
  const reset = useCallback(() => setSize(DEFAULT_FONT_SIZE), [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      if (e.key === '+' || e.key === '=') larger()
      else if (e.key === '-' || e.key === '_') smaller()
      else if (e.key === '0') reset()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [larger, smaller, reset])

  return {
    size,
    canShrink: size > FONT_SIZES[0],
    canGrow: size < FONT_SIZES[FONT_SIZES.length - 1]!,
    smaller,
    larger,
    reset,
  }
}
