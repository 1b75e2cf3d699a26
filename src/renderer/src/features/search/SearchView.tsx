/** The results view (`#/search?…`): filters, then highlights and notes, then articles. */
import type { SearchHit, SearchRequest } from '@shared/calls/search'
import type { ExportSource } from '@shared/calls/briefings'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n'
import { replaceRoute } from '../../routing/hash-route'
import { FilterBar } from './FilterBar'
import { hitHref } from './hit-href'
import { RecentQueries } from './RecentQueries'
import { rememberQuery } from './recent-queries'
import { SaveSearchForm } from './SaveSearchForm'
import { ExportMenu } from '../briefing'
import { isActive, paramsFromRequest, requestFromParams } from './search-params'
import { SearchHitItem } from './SearchHitItem'
import { useKeyboardSelection } from './use-keyboard-selection'
import { useSearch } from './use-search'
import './search.css'

/** "Export this search": its query and filters, without the page size. */
function exportSource(request: SearchRequest): ExportSource {
  const { query, limit: _limit, ...filters } = request
  return { kind: 'query', query: query.trim(), filters }
}

/** Hits asked for at first, and each time "show more" is pressed, up to what one call returns. */
const PAGE = 50
const MOST = 1000

export function SearchView({ params }: { params: string }): ReactNode {
  const { t, i18n } = useTranslation()
  const request = requestFromParams(params)
  // A new query or filter starts again from one page.
  const [shown, setShown] = useState({ params, limit: PAGE })
  const limit = shown.params === params ? shown.limit : PAGE
  const { results, error, busy } = useSearch({ ...request, limit })
  const hits: SearchHit[] = useMemo(() => results?.hits ?? [], [results])
  const open = useCallback(
    (i: number) => {
      const hit = hits[i]
      if (!hit) return
      rememberQuery(request.query)
      window.location.hash = hitHref(hit)
    },
    [hits, request.query],
  )
  const [selected, setSelected] = useKeyboardSelection(hits.length, results, open)
  const setRequest = (next: SearchRequest): void =>
    replaceRoute({ name: 'search', params: paramsFromRequest(next) })

  const annotations = hits.filter((h) => h.kind !== 'article')
  const articles = hits.filter((h) => h.kind === 'article')
  const more =
    results !== null &&
    limit < MOST &&
    (annotations.length < results.annotationTotal || articles.length < results.articleTotal)
  const group = (title: string, list: SearchHit[], offset: number): ReactNode => (
    <section className="search__group">
      <h2 className="search__group-title">{title}</h2>
      <ol className="search__list" role="listbox" aria-label={title}>
        {list.map((hit, i) => (
          <SearchHitItem
            key={`${hit.kind}-${hit.id}`}
            hit={hit}
            selected={selected === offset + i}
            onHover={() => setSelected(offset + i)}
          />
        ))}
      </ol>
    </section>
  )

  return (
    <main className="search" data-testid="search-view">
      <FilterBar request={request} onChange={setRequest} />
      {!isActive(request) && <RecentQueries />}
      {error && (
        <p className="search__status search__status--error" role="alert">
          {t('search.failed', { message: error })}
        </p>
      )}
      {isActive(request) && results && (
        <div className="search__summary">
          <span className="search__status" aria-live="polite" data-testid="search-summary">
            {hits.length === 0
              ? t('search.none')
              : t('search.summary', {
                  annotations: `${formatNumber(results.annotationTotal, i18n.language)}${results.annotationTotalExact ? '' : '+'}`,
                  articles: `${formatNumber(results.articleTotal, i18n.language)}${results.articleTotalExact ? '' : '+'}`,
                })}
            {busy && ` ${t('search.busy')}`}
          </span>
          <SaveSearchForm request={request} />
          {request.query.trim() && results.annotationTotal > 0 && (
            <ExportMenu source={exportSource(request)} />
          )}
        </div>
      )}
      {annotations.length > 0 && group(t('search.annotations'), annotations, 0)}
      {articles.length > 0 && group(t('search.articles'), articles, annotations.length)}
      {more && (
        <button
          type="button"
          className="button button--quiet search__more"
          data-testid="search-more"
          disabled={busy}
          onClick={() => setShown({ params, limit: Math.min(MOST, limit + PAGE * 2) })}
        >
          {t('search.more')}
        </button>
      )}
      {hits.length > 0 && <p className="search__keys">{t('search.keys')}</p>}
    </main>
  )
}
