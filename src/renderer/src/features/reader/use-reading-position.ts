/**
 * Where the person is in the article, as a text offset: restored once when
 * the article is drawn (unless the reader was opened at a search hit), kept
 * while scrolling, and saved 600 ms after scrolling stops, when the page
 * hides and when the reader closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { call } from '../../api/client'
import { articleRoot, offsetAtLine, renderedLength, scrollOffsetTo } from '../../editor'
import { pinOffset } from './pin-offset'

const SAVE_DELAY_MS = 600
const WAIT_MS = 5000
const TRACK_MS = 100

/**
 * The offset the reader is at: the first line under the reading line, or the
 * end of the text once the page is scrolled to its bottom (a short last
 * section never reaches the reading line).
 */
function currentOffset(root: Element): number {
  const atBottom =
    window.scrollY > 0 &&
    window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
  return atBottom ? renderedLength(root) : offsetAtLine(root, readingLine())
}

/** The viewport y just under the sticky reader toolbar: the reading line. */
function readingLine(): number {
  const bar = document.querySelector('.reader__toolbar')
  return (bar ? bar.getBoundingClientRect().bottom : 0) + 12
}

export interface ReadingPosition {
  /** The position as last tracked (it follows scrolling a frame or up to TRACK_MS late). */
  offset: number
  /** The position now, read from the page (for an action that starts from it). */
  read(): number
  /** Scrolls so the line holding `offset` sits on the reading line. */
  goTo(offset: number): void
}

/**
 * Tracks the reading position of `articleId`. `saved` is the stored offset
 * (undefined while unknown); `restore` false leaves the scroll alone.
 * Returns the current offset (0 at the top) and a way to go to an offset.
 */
export function useReadingPosition(
  articleId: number,
  saved: number | null | undefined,
  restore: boolean,
): ReadingPosition {
  const [offset, setOffset] = useState(0)
  const ready = useRef(false)

  // Restore once the article is rendered far enough, then start tracking.
  useEffect(() => {
    if (saved === undefined) return
    ready.current = false
    let frame = 0
    let unpin = (): void => {}
    const began = performance.now()
    const attempt = (): void => {
      const root = articleRoot()
      const target = restore ? (saved ?? 0) : 0
      if (root && root.children.length > 0 && renderedLength(root) >= target) {
        if (restore && target > 0) {
          scrollOffsetTo(root, target, readingLine())
          unpin = pinOffset(target, readingLine)
        }
        ready.current = true
        setOffset(currentOffset(root))
        return
      }
      if (performance.now() - began < WAIT_MS) frame = requestAnimationFrame(attempt)
      else ready.current = true
    }
    frame = requestAnimationFrame(attempt)
    return () => {
      cancelAnimationFrame(frame)
      unpin()
    }
  }, [articleId, saved, restore])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let frame = 0
    let pending: number | null = null
    const save = (): void => {
      clearTimeout(timer)
      if (pending === null) return
      const at = pending
      pending = null
      void call('reader.savePosition', { articleId, offset: at }).catch(() => {})
    }
    // The position is read in the frame after a scroll, then at most once per
    // TRACK_MS while scrolling goes on (a hit test and a redraw of the outline's
    // marker each time), and once more after it stops.
    let throttle: ReturnType<typeof setTimeout> | undefined
    let lastRead = -Infinity
    const track = (): void => {
      throttle = undefined
      frame = requestAnimationFrame(() => {
        frame = 0
        lastRead = performance.now()
        const root = articleRoot()
        if (!root) return
        const at = currentOffset(root)
        setOffset(at)
        pending = at
        clearTimeout(timer)
        timer = setTimeout(save, SAVE_DELAY_MS)
      })
    }
    const onScroll = (): void => {
      if (!ready.current || frame || throttle) return
      const wait = lastRead + TRACK_MS - performance.now()
      if (wait <= 0) track()
      else throttle = setTimeout(track, wait)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', save)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(throttle)
      save()
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', save)
    }
  }, [articleId])

  const goTo = useCallback((at: number) => {
    const root = articleRoot()
    if (root) scrollOffsetTo(root, at, readingLine())
  }, [])
  const read = useCallback(() => {
    const root = articleRoot()
    return root && ready.current ? currentOffset(root) : offset
  }, [offset])
  return { offset, read, goTo }
}
