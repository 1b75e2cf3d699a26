/** "Add to briefing" for one highlight (a search result): pick a briefing; the highlight is appended. */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefingSummary } from '@shared/calls/briefings'
import { call } from '../../api/client'
import './briefing.css'

export function AddToBriefing({ highlightId }: { highlightId: number }): ReactNode {
  const { t } = useTranslation()
  const [list, setList] = useState<BriefingSummary[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const load = (open: boolean): void => {
    if (!open) return
    setMessage(null)
    call('briefings.list', {}).then(setList, (e: Error) => setMessage(e.message))
  }
  const add = (b: BriefingSummary): void => {
    call('briefings.addHighlights', { id: b.id, highlightIds: [highlightId] }).then(
      () => setMessage(t('briefing.addedTo', { title: b.title })),
      (e: Error) => setMessage(e.message),
    )
  }

  return (
    <details
      className="add-to-briefing"
      data-testid="add-to-briefing"
      onToggle={(e) => load(e.currentTarget.open)}
    >
      <summary className="button button--quiet">{t('briefing.addToBriefing')}</summary>
      <div className="export-menu__panel">
        {list?.length === 0 && <p className="export-menu__status">{t('briefing.noBriefings')}</p>}
        {list?.map((b) => (
          <button key={b.id} type="button" className="button button--quiet" onClick={() => add(b)}>
            {b.title}
          </button>
        ))}
        {message && (
          <p className="export-menu__status" role="status">
            {message}
          </p>
        )}
      </div>
    </details>
  )
}
