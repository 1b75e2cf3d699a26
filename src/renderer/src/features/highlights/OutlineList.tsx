/**
 * The outline's entries, memoised: the reading position moves on every
 * scrolled frame, but the list redraws only when the entry the reader is at
 * (or the entries themselves) change.
 */
import type { Highlight, HighlightColor } from '@shared/highlight'
import { memo, type ReactNode } from 'react'
import type { OutlineEntry } from './outline'

interface Props {
  entries: readonly OutlineEntry[]
  /** Index of the entry the reader is at, -1 for none. */
  at: number
  nameOf: (color: HighlightColor) => string
  onGo: (offset: number) => void
  onOpen: (h: Highlight) => void
}

export const OutlineList = memo(function OutlineList({
  entries,
  at,
  nameOf,
  onGo,
  onOpen,
}: Props): ReactNode {
  return (
    <ol className="outline__list">
      {entries.map((e, i) => (
        <li key={e.kind === 'heading' ? `h${e.start}` : `m${e.highlight.id}`}>
          <button
            type="button"
            className={`outline__item outline__item--${e.kind}`}
            data-testid="outline-item"
            aria-current={i === at ? 'location' : undefined}
            onClick={() => (e.kind === 'heading' ? onGo(e.start) : onOpen(e.highlight))}
          >
            {e.kind === 'highlight' && (
              <span
                className="hl-swatch"
                data-color={e.highlight.color}
                title={nameOf(e.highlight.color)}
              />
            )}
            <span lang="zh-CN">{e.text}</span>
          </button>
        </li>
      ))}
    </ol>
  )
})
