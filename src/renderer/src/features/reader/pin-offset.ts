/**
 * Keeps a restored reading position in place while the page settles: what
 * arrives after the restore (the policy-suggestion bar above the text, the
 * off-screen blocks laid out after the first paint) changes heights above
 * the line the person was reading. Until they scroll, click or type
 * themselves, or PIN_MS pass, each resize of the page scrolls back so that
 * `offset` sits on the reading line again.
 */
import { articleRoot, scrollOffsetTo } from '../../editor'

const PIN_MS = 2000
const USER_INPUT = ['wheel', 'keydown', 'mousedown', 'touchstart'] as const

/** Pins `offset` to viewport y `line()`; returns a function that stops it. */
export function pinOffset(offset: number, line: () => number): () => void {
  const page = articleRoot()?.closest('.reader__page')
  if (!page) return () => {}
  const observer = new ResizeObserver(() => {
    const root = articleRoot()
    if (root) scrollOffsetTo(root, offset, line())
  })
  const stop = (): void => {
    observer.disconnect()
    clearTimeout(timer)
    for (const type of USER_INPUT) window.removeEventListener(type, stop, true)
  }
  const timer = setTimeout(stop, PIN_MS)
  for (const type of USER_INPUT) window.addEventListener(type, stop, true)
  observer.observe(page)
  return stop
}
