/**
 * One outline entry, memoised: when the reader moves past an entry only the
 * two entries whose marker changed redraw, not the hundreds around them.
 */
import type { Highlight, HighlightColor } from '@shared/highlight'
import { memo, type ReactNode } from 'react'
import type { OutlineEntry } from './outline'

interface Props {
  entry: OutlineEntry
  /** True for the entry the reader is at (the position marker). */
  current: boolean
  nameOf: (color: HighlightColor) => string
  onGo: (offset: number) => void
  onOpen: (h: Highlight) => void
}

export const OutlineItem = memo(function OutlineItem({
  entry: e,
  current,
  nameOf,
  onGo,
  onOpen,
}: Props): ReactNode {
  return (
    <li>
      <button
        type="button"
        className={`outline__item outline__item--${e.kind}`}
        data-testid="outline-item"
        aria-current={current ? 'location' : undefined}
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
  )
})
