/**
 * The outline beside the article: sub-headings and highlights in document
 * order, the entry the reader is at marked (the position marker) with how
 * far into the text that is. Clicking an entry scrolls there.
 */
import type { Block } from '@shared/domain'
import type { Highlight, HighlightColor } from '@shared/highlight'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { currentEntry, outlineOf } from './outline'
import { OutlineList } from './OutlineList'
import './outline.css'

interface Props {
  blocks: readonly Block[]
  textLength: number
  items: readonly Highlight[]
  /** The reading position (a text offset). */
  position: number
  nameOf: (color: HighlightColor) => string
  onGo: (offset: number) => void
  onOpen: (h: Highlight) => void
}

export function OutlinePane(props: Props): ReactNode {
  const { blocks, textLength, items, position, nameOf, onGo, onOpen } = props
  const { t } = useTranslation()
  const entries = useMemo(() => outlineOf(blocks, items), [blocks, items])
  const at = currentEntry(entries, position)
  const percent = textLength > 0 ? Math.min(100, Math.round((position / textLength) * 100)) : 0
  return (
    <nav className="outline" aria-label={t('reading.outline.label')} data-testid="outline-pane">
      <h2 className="outline__title">
        {t('reading.outline.title')}
        <span className="outline__progress" data-testid="reading-progress">
          {t('reading.outline.progress', { percent })}
        </span>
      </h2>
      <div className="outline__bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      {entries.length === 0 && <p className="outline__empty">{t('reading.outline.empty')}</p>}
      <OutlineList entries={entries} at={at} nameOf={nameOf} onGo={onGo} onOpen={onOpen} />
    </nav>
  )
}
