/** Saved searches as smart collections, for the library's side: each opens its results. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { paramsFromRequest } from './search-params'
import { useSavedSearches } from './use-saved-searches'

export function SavedSearchList(): ReactNode {
  const { t } = useTranslation()
  const { saved, remove } = useSavedSearches()
  if (saved.length === 0) return null
  return (
    <nav
      className="saved-searches"
      aria-label={t('search.collections')}
      data-testid="saved-searches"
    >
      <span className="saved-searches__title">{t('search.collections')}</span>
      <ul className="saved-searches__list">
        {saved.map((s) => (
          <li key={s.id} className="saved-searches__item">
            <a
              className="search-chip"
              lang="zh-CN"
              href={routeHref({ name: 'search', params: paramsFromRequest(s.request) })}
            >
              {s.name}
            </a>
            <button
              type="button"
              className="saved-searches__remove"
              aria-label={t('search.deleteSaved', { name: s.name })}
              onClick={() => void remove(s.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
