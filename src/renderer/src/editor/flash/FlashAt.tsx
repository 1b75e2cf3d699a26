/**
 * Scrolls the article to a text range and flashes it. The flash is drawn in
 * an overlay outside the editor (Lexical owns its DOM and would undo foreign
 * marks); the overlay carries the flashed text in `data-text`. Place it
 * inside the element that holds the article's editor.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { rangeAt, renderedLength } from './text-range'
import './flash.css'

interface Props {
  start: number
  end: number
}

interface Box {
  top: number
  left: number
  width: number
  height: number
}

const WAIT_MS = 4000

/** Where `range` is drawn, in page coordinates. */
function boxesOf(range: Range): Box[] {
  return Array.from(range.getClientRects(), (r) => ({
    top: r.top + window.scrollY,
    left: r.left + window.scrollX,
    width: r.width,
    height: r.height,
  }))
}

export function FlashAt({ start, end }: Props): ReactNode {
  const marker = useRef<HTMLSpanElement>(null)
  const [flash, setFlash] = useState<{ text: string; boxes: Box[] } | null>(null)

  useEffect(() => {
    let frame = 0
    let flashed: Range | null = null
    const began = performance.now()
    // Boxes are in page coordinates: what grows above the text later (the
    // policy-suggestion bar, an unfolded note) moves the text, so they follow.
    const observer = new ResizeObserver(() => {
      if (flashed) setFlash({ text: flashed.toString(), boxes: boxesOf(flashed) })
    })
    const tryFlash = (): void => {
      const root = marker.current?.parentElement?.querySelector('.article-text[contenteditable]')
      // Measured once every block is laid out (see register-first-paint), so
      // nothing above the range changes height after the flash is placed.
      if (root?.hasAttribute('data-painted') && renderedLength(root) >= end) {
        const range = rangeAt(root, start, end)
        if (range) {
          const first = range.getBoundingClientRect()
          window.scrollTo({ top: window.scrollY + first.top - window.innerHeight / 3 })
          flashed = range
          setFlash({ text: range.toString(), boxes: boxesOf(range) })
          observer.observe(document.body)
          return
        }
      }
      if (performance.now() - began < WAIT_MS) frame = requestAnimationFrame(tryFlash)
    }
    frame = requestAnimationFrame(tryFlash)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [start, end])

  return (
    <span ref={marker} className="flash-at" aria-hidden="true">
      {flash &&
        createPortal(
          <span className="flash-at__overlay" data-testid="flash" data-text={flash.text}>
            {flash.boxes.map((b, i) => (
              <span key={i} className="flash-at__box" style={b} />
            ))}
          </span>,
          document.body,
        )}
    </span>
  )
}
