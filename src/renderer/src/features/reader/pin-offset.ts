/**
 * Keeps a restored reading position in place while the page settles: what
 * arrives after the restore (the off-screen blocks laid out after the first
 * paint; the policy-suggestion line above the text keeps one height, see
 * features/policy/PolicyBar.tsx) can change heights above the line the
 * person was reading. For PIN_MS, each frame checks that the
 * line still sits on the reading line and scrolls it back if the page moved
 * under it. It lets go as soon as the person clicks, types or wheels, or
 * once the page was scrolled by something else (the line moved and so did
 * the scroll position).
 */
import { articleRoot, lineTopOf } from '../../editor'

const PIN_MS = 2000
const USER_INPUT = ['wheel', 'keydown', 'mousedown', 'touchstart'] as const

/** Pins `offset` to viewport y `line()` (as scrollOffsetTo left it); returns a function that stops it. */
export function pinOffset(offset: number, line: () => number): () => void {
  const began = performance.now()
  let lastY = window.scrollY
  let frame = 0
  const stop = (): void => {
    cancelAnimationFrame(frame)
    for (const type of USER_INPUT) window.removeEventListener(type, stop, true)
  }
  const check = (): void => {
    const root = articleRoot()
    const top = root && lineTopOf(root, offset)
    if (top === null || top === undefined || performance.now() - began > PIN_MS) return stop()
    const off = top - (line() - 4)
    if (Math.abs(off) > 2) {
      if (window.scrollY !== lastY) return stop()
      window.scrollTo({ top: Math.max(0, window.scrollY + off) })
    }
    lastY = window.scrollY
    frame = requestAnimationFrame(check)
  }
  for (const type of USER_INPUT) window.addEventListener(type, stop, true)
  frame = requestAnimationFrame(check)
  return stop
}
