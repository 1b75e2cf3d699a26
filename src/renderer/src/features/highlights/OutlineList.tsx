/**
 * The outline's entries, memoised: the reading position moves as the reader
 * scrolls, but the list redraws only when the entry the reader is at (or the
 * entries themselves) change, and then only the entries whose marker moved.
 */
import type { Highlight, HighlightColor } from '@shared/highlight'
import { memo, type ReactNode } from 'react'
import type { OutlineEntry } from './outline'
import { OutlineItem } from './OutlineItem'

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
        <OutlineItem
          key={e.kind === 'heading' ? `h${e.start}` : `m${e.highlight.id}`}
          entry={e}
          current={i === at}
          nameOf={nameOf}
          onGo={onGo}
          onOpen={onOpen}
        />
      ))}
    </ol>
  )
})
