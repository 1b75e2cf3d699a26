/** One search result: kind, snippet with marked matches, and its article, date, colour and tags. */
import type { SearchHit } from '@shared/calls/search'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AddToBriefing } from '../briefing'
import { hitHref } from './hit-href'
import { SnippetText } from './SnippetText'

interface Props {
  hit: SearchHit
  selected: boolean
  onHover: () => void
}

export function SearchHitItem({ hit, selected, onHover }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <li
      className={`search-hit${selected ? ' search-hit--selected' : ''}`}
      aria-selected={selected}
      role="option"
      onMouseEnter={onHover}
    >
      <a className="search-hit__link" href={hitHref(hit)} data-testid="search-hit" tabIndex={-1}>
        <span className="search-hit__head">
          <span className={`search-hit__kind search-hit__kind--${hit.kind}`}>
            {t(`search.kind.${hit.kind}`)}
          </span>
          {hit.color && (
            <span
              className={`search-hit__color search-hit__color--${hit.color}`}
              title={t('search.colorOf', { color: hit.color })}
            />
          )}
          <span className="search-hit__title" lang="zh-CN">
            {hit.articleTitle}
          </span>
          {hit.publication && <span className="search-hit__meta">{hit.publication}</span>}
          {hit.date && <span className="search-hit__meta">{hit.date}</span>}
        </span>
        {(hit.field === 'tags' || hit.field === 'title') && (
          <span className="search-hit__field">{t(`search.field.${hit.field}`)}</span>
        )}
        <SnippetText snippet={hit.snippet} />
        {hit.quote !== null && hit.field !== 'quote' && (
          <span className="search-hit__quote" lang="zh-CN">
            {hit.quote}
          </span>
        )}
        {hit.tags.length > 0 && (
          <span className="search-hit__tags">
            {hit.tags.map((tag) => (
              <span key={tag} className="search-hit__tag" lang="zh-CN">
                #{tag}
              </span>
            ))}
          </span>
        )}
      </a>
      {hit.kind !== 'article' && <AddToBriefing highlightId={hit.id} />}
    </li>
  )
}
