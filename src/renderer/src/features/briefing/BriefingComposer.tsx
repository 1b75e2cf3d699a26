/**
 * `#/briefing/ID`: the briefing composer — title, summary (rich text),
 * citation style, items (headings and quotes with commentary) to add,
 * reorder and remove, and the export menu.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CitationStyle } from '@shared/calls/briefings'
import { call } from '../../api/client'
import { NoteEditor } from '../../editor'
import { routeHref } from '../../routing/hash-route'
import { AddToBriefingForm } from './AddToBriefingForm'
import { BriefingItemRow } from './BriefingItemRow'
import { ExportMenu } from './ExportMenu'
import { moveBy, moveTo } from './move-item'
import { noteLabels } from './note-labels'
import { useBriefing } from './use-briefing'
import './briefing.css'

export function BriefingComposer({ id }: { id: number }): ReactNode {
  const { t } = useTranslation()
  const { briefing, error, apply } = useBriefing(id)
  const [title, setTitle] = useState<string | null>(null)
  if (!briefing)
    return (
      <main className="composer" data-testid="composer">
        {error ? <p role="alert">{error}</p> : <p>{t('briefing.loading')}</p>}
      </main>
    )

  const ids = briefing.items.map((i) => i.id)
  const reorder = (next: number[]): void => {
    void apply(() => call('briefings.reorder', { id, itemIds: next })).then(() => {
      const moved = next.find((x, i) => x !== ids[i])
      if (moved !== undefined) window.requestAnimationFrame(() => focusItem(moved))
    })
  }
  const focusItem = (itemId: number): void =>
    document.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`)?.focus()
  const add = (kind: 'tag' | 'query' | 'heading', text: string): Promise<void> =>
    apply(() =>
      kind === 'heading'
        ? call('briefings.addHeading', { id, text })
        : call('briefings.addFrom', {
            id,
            source: kind === 'tag' ? { kind, name: text } : { kind, query: text },
          }),
    )
  const saveTitle = (): void => {
    if (title !== null && title.trim() && title !== briefing.title)
      void apply(() => call('briefings.update', { id, title }))
    setTitle(null)
  }

  return (
    <main className="composer" data-testid="composer">
      <div className="composer__bar">
        <a className="button button--quiet" href={routeHref({ name: 'briefings' })}>
          {t('briefing.back')}
        </a>
        <label className="composer__citation">
          {t('briefing.citation')}
          <select
            value={briefing.citation}
            data-testid="composer-citation"
            onChange={(e) =>
              void apply(() =>
                call('briefings.update', { id, citation: e.target.value as CitationStyle }),
              )
            }
          >
            <option value="inline">{t('briefing.citationInline')}</option>
            <option value="endnotes">{t('briefing.citationEndnotes')}</option>
          </select>
        </label>
        <ExportMenu source={{ kind: 'briefing', id }} />
      </div>
      <input
        className="composer__title"
        value={title ?? briefing.title}
        maxLength={300}
        aria-label={t('briefing.titleLabel')}
        data-testid="composer-title"
        onChange={(e) => setTitle(e.target.value)}
        onBlur={saveTitle}
      />
      {error && <p role="alert">{error}</p>}
      <section className="composer__summary">
        <h2>{t('briefing.summary')}</h2>
        <NoteEditor
          key={`summary-${id}`}
          json={briefing.summaryJson}
          text={briefing.summaryText}
          onSave={(json, text) =>
            void apply(() => call('briefings.update', { id, summary: { json, text } }))
          }
          label={t('briefing.summary')}
          placeholder={t('briefing.summaryPlaceholder')}
          labels={noteLabels(t)}
        />
      </section>
      <AddToBriefingForm onAdd={add} />
      {briefing.items.length === 0 && <p className="composer__empty">{t('briefing.noItems')}</p>}
      <p className="composer__keys">{t('briefing.keys')}</p>
      <ol className="composer__items">
        {briefing.items.map((item) => (
          <BriefingItemRow
            key={item.id}
            item={item}
            onMove={(delta) => reorder(moveBy(ids, item.id, delta))}
            onDropOn={(dragged) => reorder(moveTo(ids, dragged, ids.indexOf(item.id)))}
            onRemove={() => void apply(() => call('briefings.removeItem', { id, itemId: item.id }))}
            onComment={(json, text) =>
              void apply(() =>
                call('briefings.updateItem', { id, itemId: item.id, comment: { json, text } }),
              )
            }
          />
        ))}
      </ol>
    </main>
  )
}
