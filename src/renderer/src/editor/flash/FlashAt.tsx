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

export function FlashAt({ start, end }: Props): ReactNode {
  const marker = useRef<HTMLSpanElement>(null)
  const [flash, setFlash] = useState<{ text: string; boxes: Box[] } | null>(null)

  useEffect(() => {
    let frame = 0
    const began = performance.now()
    const tryFlash = (): void => {
      const root = marker.current?.parentElement?.querySelector('.article-text[contenteditable]')
      if (root && renderedLength(root) >= end) {
        const range = rangeAt(root, start, end)
        if (range) {
          const first = range.getBoundingClientRect()
          window.scrollTo({ top: window.scrollY + first.top - window.innerHeight / 3 })
          const boxes = Array.from(range.getClientRects()).map((r) => ({
            top: r.top + window.scrollY,
            left: r.left + window.scrollX,
            width: r.width,
            height: r.height,
          }))
          setFlash({ text: range.toString(), boxes })
          return
        }
      }
      if (performance.now() - began < WAIT_MS) frame = requestAnimationFrame(tryFlash)
    }
    frame = requestAnimationFrame(tryFlash)
    return () => cancelAnimationFrame(frame)
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
