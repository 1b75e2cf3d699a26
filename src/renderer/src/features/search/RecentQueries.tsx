/** The last queries, offered when the search box is empty. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { recentQueries } from './recent-queries'
import { paramsFromRequest } from './search-params'

export function RecentQueries(): ReactNode {
  const { t } = useTranslation()
  const recent = recentQueries()
  if (recent.length === 0) return <p className="search__status">{t('search.hint')}</p>
  return (
    <section className="search__recent">
      <h2 className="search__group-title">{t('search.recent')}</h2>
      <ul className="search__recent-list">
        {recent.map((q) => (
          <li key={q}>
            <a
              className="search-chip"
              lang="zh-CN"
              href={routeHref({ name: 'search', params: paramsFromRequest({ query: q }) })}
            >
              {q}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
