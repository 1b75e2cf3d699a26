/**
 * One row of the composer: a heading, or a quote with its source and the
 * commentary written after it. Alt+↑/↓ moves the focused row; rows can be
 * dragged onto each other.
 */
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefingItem } from '@shared/calls/briefings'
import { NoteEditor } from '../../editor'
import { noteLabels } from './note-labels'

interface Props {
  item: BriefingItem
  onMove: (delta: number) => void
  onDropOn: (draggedId: number) => void
  onRemove: () => void
  onComment: (json: string | null, text: string) => void
}

const DRAG_TYPE = 'application/x-pizhu-briefing-item'

function source(item: BriefingItem): string {
  const q = item.quote!
  return [
    q.publication ? `《${q.publication}》` : '',
    q.date ?? '',
    q.page ?? '',
    `《${q.articleTitle}》`,
  ]
    .filter(Boolean)
    .join(' ')
}

export function BriefingItemRow({ item, onMove, onDropOn, onRemove, onComment }: Props): ReactNode {
  const { t } = useTranslation()
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!e.altKey || e.target !== e.currentTarget) return
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault()
      onMove(e.key === 'ArrowUp' ? -1 : 1)
    }
  }
  return (
    <li
      className={`composer__item composer__item--${item.kind}`}
      data-testid="composer-item"
      data-item-id={item.id}
      tabIndex={0}
      draggable
      aria-label={item.kind === 'heading' ? (item.heading ?? '') : (item.quote?.quote ?? '')}
      onKeyDown={onKeyDown}
      onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, String(item.id))}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault()
        const dragged = Number(e.dataTransfer.getData(DRAG_TYPE))
        if (dragged && dragged !== item.id) onDropOn(dragged)
      }}
    >
      <span className="composer__grip" aria-hidden="true">
        ⋮⋮
      </span>
      <div className="composer__body">
        {item.kind === 'heading' ? (
          <h2 className="composer__heading">{item.heading}</h2>
        ) : item.quote ? (
          <>
            <blockquote className="composer__quote">{item.quote.quote}</blockquote>
            <p className="composer__source">{source(item)}</p>
            <NoteEditor
              key={item.id}
              json={item.commentJson}
              text={item.commentText}
              onSave={onComment}
              label={t('briefing.commentary')}
              placeholder={t('briefing.commentaryPlaceholder')}
              labels={noteLabels(t)}
            />
          </>
        ) : (
          <p className="composer__gone">{t('briefing.deletedHighlight')}</p>
        )}
      </div>
      <div className="composer__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('briefing.moveUp')}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('briefing.moveDown')}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('briefing.remove')}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
    </li>
  )
}
