/**
 * The find bar (Ctrl/Cmd+F in the reader): matches of the query in the
 * article's rendered text are drawn as an overlay outside Lexical (which owns
 * its DOM), the current one stronger and scrolled to. Enter goes to the next
 * match, Shift+Enter to the previous, Esc closes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { articleRoot, blockStarts, rangeAt, renderedText, type BlockStart } from '../../editor'
import { findMatches, firstMatchFrom, type TextMatch } from './find-matches'
import './find-bar.css'

interface Box {
  top: number
  left: number
  width: number
  height: number
}

interface Props {
  /** Bumped by each Ctrl/Cmd+F, to focus and select the field again. */
  focusKey: number
  /** Reads the reading position: the first match shown is the first one after it. */
  from: () => number
  /** Changes when the text's layout changes (font size), to redraw the boxes. */
  layoutKey: string
  onClose: () => void
}

function boxesOf(root: Element, m: TextMatch, starts: readonly BlockStart[]): Box[] {
  const range = rangeAt(root, m.start, m.end, starts)
  if (!range) return []
  return Array.from(range.getClientRects(), (r) => ({
    top: r.top + window.scrollY,
    left: r.left + window.scrollX,
    width: r.width,
    height: r.height,
  }))
}

export function FindBar({ focusKey, from, layoutKey, onClose }: Props): ReactNode {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const [size, setSize] = useState(0)
  const fromRef = useRef(from)
  useLayoutEffect(() => {
    fromRef.current = from
  })

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusKey])

  const matches = useMemo(() => {
    const root = articleRoot()
    return root ? findMatches(renderedText(root), query) : []
  }, [query])

  useEffect(() => setCurrent(firstMatchFrom(matches, fromRef.current())), [matches])

  // Boxes are placed in page coordinates: redraw when the page's layout changes.
  useEffect(() => {
    const onResize = (): void => setSize((n) => n + 1)
    const page = articleRoot()?.closest('.reader__page')
    const observer = new ResizeObserver(onResize)
    if (page) observer.observe(page)
    window.addEventListener('resize', onResize)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', onResize)
    }
  }, [])

  const boxes = useMemo(() => {
    const root = articleRoot()
    if (!root) return []
    const starts = blockStarts(root)
    return matches.map((m) => boxesOf(root, m, starts))
    // layoutKey and size: the same matches sit elsewhere after a relayout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matches, layoutKey, size])

  useEffect(() => {
    const first = boxes[current]?.[0]
    if (!first) return
    const viewTop = first.top - window.scrollY
    if (viewTop < window.innerHeight * 0.2 || viewTop > window.innerHeight * 0.8) {
      window.scrollTo({ top: first.top - window.innerHeight / 3 })
    }
  }, [boxes, current])

  const step = (by: number): void => {
    if (matches.length === 0) return
    setCurrent((c) => (c + by + matches.length) % matches.length)
  }

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        className="find-bar__input"
        data-testid="find-input"
        lang="zh-CN"
        value={query}
        placeholder={t('reading.find.placeholder')}
        aria-label={t('reading.find.label')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault()
            step(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            onClose()
          }
        }}
      />
      <span className="find-bar__count" data-testid="find-count" aria-live="polite">
        {query.trim()
          ? matches.length
            ? t('reading.find.count', { current: current + 1, total: matches.length })
            : t('reading.find.none')
          : ''}
      </span>
      <button type="button" onClick={() => step(-1)} aria-label={t('reading.find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} aria-label={t('reading.find.next')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('reading.find.close')}>
        ×
      </button>
      {createPortal(
        <span className="find-overlay" aria-hidden="true">
          {boxes.map((bs, i) =>
            bs.map((b, j) => (
              <span
                key={`${i}-${j}`}
                className={i === current ? 'find-box find-box--current' : 'find-box'}
                data-testid={i === current ? 'find-current' : 'find-match'}
                style={b}
              />
            )),
          )}
        </span>,
        document.body,
      )}
    </div>
  )
}
