/** `#/briefings`: the briefings in the library — create, open, duplicate, delete (with undo). */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefingSummary } from '@shared/calls/briefings'
import { call } from '../../api/client'
import { navigate, routeHref } from '../../routing/hash-route'
import { Toast } from '../../ui/Toast'
import './briefing.css'

export function BriefingsView(): ReactNode {
  const { t, i18n } = useTranslation()
  const [list, setList] = useState<BriefingSummary[] | null>(null)
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<BriefingSummary | null>(null)

  const reload = useCallback(() => {
    call('briefings.list', {}).then(setList, (e: Error) => setError(e.message))
  }, [])
  useEffect(reload, [reload])

  const guard = (p: Promise<unknown>): void => {
    p.then(reload, (e: Error) => setError(e.message))
  }
  const create = (e: FormEvent): void => {
    e.preventDefault()
    if (!title.trim()) return
    call('briefings.create', { title }).then(
      (b) => navigate({ name: 'briefing', id: b.id }),
      (err: Error) => setError(err.message),
    )
  }
  const remove = (b: BriefingSummary): void => {
    guard(call('briefings.delete', { id: b.id }).then(() => setDeleted(b)))
  }
  const undo = (): void => {
    if (deleted) guard(call('briefings.restore', { id: deleted.id }))
    setDeleted(null)
  }
  const dismiss = useCallback(() => setDeleted(null), [])

  return (
    <main className="briefings" data-testid="briefings-view">
      <h1 className="briefings__title">{t('briefing.listTitle')}</h1>
      <form className="briefings__create" onSubmit={create}>
        <input
          value={title}
          maxLength={300}
          placeholder={t('briefing.newPlaceholder')}
          aria-label={t('briefing.newPlaceholder')}
          data-testid="briefing-new-title"
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="button" data-testid="briefing-create">
          {t('briefing.create')}
        </button>
      </form>
      {error && (
        <p className="briefings__error" role="alert">
          {error}
        </p>
      )}
      {list && list.length === 0 && <p className="briefings__empty">{t('briefing.empty')}</p>}
      <ul className="briefings__list">
        {list?.map((b) => (
          <li key={b.id} className="briefings__row" data-testid="briefing-row">
            <a href={routeHref({ name: 'briefing', id: b.id })}>{b.title}</a>
            <span className="briefings__meta">
              {t('briefing.quotes', { count: b.quotes })} ·{' '}
              {new Date(b.updatedAt).toLocaleString(i18n.language)}
            </span>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => guard(call('briefings.duplicate', { id: b.id }))}
            >
              {t('briefing.duplicate')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => remove(b)}>
              {t('briefing.delete')}
            </button>
          </li>
        ))}
      </ul>
      {deleted && (
        <div className="briefings__undo">
          <Toast
            message={t('briefing.deleted', { title: deleted.title })}
            dismissLabel={t('briefing.dismiss')}
            onDismiss={dismiss}
          />
          <button type="button" className="button" data-testid="briefing-undo" onClick={undo}>
            {t('briefing.undo')}
          </button>
        </div>
      )}
    </main>
  )
}
