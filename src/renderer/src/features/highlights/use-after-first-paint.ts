/**
 * False until `ready` and the frame after it has been painted, then true (set in a
 * transition, so the work it unlocks renders in slices). For what sits beside
 * the article — the outline and the highlights pane, hundreds of entries on a
 * well-marked article — which should not delay the text appearing.
 */
import { startTransition, useEffect, useState } from 'react'

export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A timeout queued from a frame callback runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready])
  return painted
}
