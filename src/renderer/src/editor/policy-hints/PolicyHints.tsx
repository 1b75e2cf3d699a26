/**
 * Dotted underlines under policy-point suggestions. Like the flash, they are
 * drawn in an overlay outside the editor (Lexical owns its DOM and would undo
 * foreign marks), so highlight marks stay untouched. The overlay ignores the
 * pointer — selecting text works as before — and a click on the article that
 * lands on an underlined span, with no text selected, reports that span.
 * Place it inside the element that holds the article's editor.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { blockStarts, rangeAt, renderedLength } from '../flash/text-range'
import './policy-hints.css'

export interface Hint {
  /** Identifies the hint in `onHintClick`. */
  key: string
  start: number
  end: number
}

interface Box {
  key: string
  top: number
  left: number
  width: number
  height: number
}

interface Props {
  hints: readonly Hint[]
  onHintClick: (key: string, rect: DOMRect) => void
}

function boxesOf(root: Element, hints: readonly Hint[]): Box[] {
  const out: Box[] = []
  const starts = blockStarts(root)
  for (const h of hints) {
    const range = rangeAt(root, h.start, h.end, starts)
    if (!range) continue
    for (const r of Array.from(range.getClientRects())) {
      if (r.width === 0) continue
      out.push({
        key: h.key,
        top: r.top + window.scrollY,
        left: r.left + window.scrollX,
        width: r.width,
        height: r.height,
      })
    }
  }
  return out
}

export function PolicyHints({ hints, onHintClick }: Props): ReactNode {
  const marker = useRef<HTMLSpanElement>(null)
  const [boxes, setBoxes] = useState<Box[]>([])
  const boxesRef = useRef<Box[]>([])
  const clickRef = useRef(onHintClick)
  useEffect(() => {
    clickRef.current = onHintClick
  }, [onHintClick])

  useEffect(() => {
    let frame = 0
    let root: Element | null = null
    const measure = (): void => {
      root = marker.current?.parentElement?.querySelector('[contenteditable]') ?? null
      const end = Math.max(0, ...hints.map((h) => h.end))
      if (!root || renderedLength(root) < end) {
        frame = requestAnimationFrame(measure)
        return
      }
      boxesRef.current = boxesOf(root, hints)
      setBoxes(boxesRef.current)
    }
    frame = requestAnimationFrame(measure)
    const remeasure = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(measure)
    }
    window.addEventListener('resize', remeasure)
    const observer = new ResizeObserver(remeasure)
    const host = marker.current?.parentElement
    if (host) observer.observe(host)
    // The underlines are placed in page coordinates, so what grows above the
    // article (an unfolded note, a bar) moves them too: the page's size tells.
    observer.observe(document.body)
    const onClick = (e: MouseEvent): void => {
      if (!root?.contains(e.target as Node)) return
      if (!(window.getSelection()?.isCollapsed ?? true)) return
      const x = e.clientX + window.scrollX
      const y = e.clientY + window.scrollY
      const hit = boxesRef.current.find(
        (b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height,
      )
      if (hit) {
        const r = new DOMRect(
          hit.left - window.scrollX,
          hit.top - window.scrollY,
          hit.width,
          hit.height,
        )
        clickRef.current(hit.key, r)
      }
    }
    document.addEventListener('click', onClick)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('resize', remeasure)
      observer.disconnect()
      document.removeEventListener('click', onClick)
    }
  }, [hints])

  return (
    <span ref={marker} className="policy-hints" aria-hidden="true">
      {createPortal(
        <span className="policy-hints__overlay" data-testid="policy-hints">
          {boxes.map((b, i) => (
            <span
              key={i}
              className="policy-hints__line"
              data-hint={b.key}
              style={{ top: b.top, left: b.left, width: b.width, height: b.height }}
            />
          ))}
        </span>,
        document.body,
      )}
    </span>
  )
}
