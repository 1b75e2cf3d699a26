/** The filter chips of the results view: kind, note, colour, tag, publication, date range. */
import type { SearchKind, SearchRequest } from '@shared/calls/search'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTagCatalog } from '../tags/tag-catalog'
import { FilterField } from './FilterField'

const KINDS: readonly (SearchKind | 'all')[] = ['all', 'highlight', 'note', 'article']
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

interface Props {
  request: SearchRequest
  onChange: (next: SearchRequest) => void
}

/** `req` with `key` set to `value`, or removed when `value` is empty. */
function withFilter<K extends keyof SearchRequest>(
  req: SearchRequest,
  key: K,
  value: SearchRequest[K] | '' | undefined,
): SearchRequest {
  const next = { ...req }
  if (value === undefined || value === '' || value === false) delete next[key]
  else next[key] = value as SearchRequest[K]
  return next
}

export function FilterBar({ request, onChange }: Props): ReactNode {
  const { t } = useTranslation()
  const tags = useTagCatalog()
  const tagPaths = useMemo(() => tags.map((tag) => tag.path), [tags])
  const chip = (active: boolean): string => `search-chip${active ? ' search-chip--on' : ''}`
  return (
    <div className="search-filters" role="group" aria-label={t('search.filters')}>
      <div className="search-filters__row">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={chip((request.kind ?? 'all') === k)}
            aria-pressed={(request.kind ?? 'all') === k}
            onClick={() => onChange(withFilter(request, 'kind', k === 'all' ? undefined : k))}
          >
            {t(k === 'all' ? 'search.kind.all' : `search.kind.${k}`)}
          </button>
        ))}
        <span className="search-filters__sep" />
        <button
          type="button"
          className={chip(request.hasNote === true)}
          aria-pressed={request.hasNote === true}
          onClick={() => onChange(withFilter(request, 'hasNote', !request.hasNote))}
        >
          {t('search.hasNote')}
        </button>
        {COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className={`${chip(request.color === c)} search-chip--swatch search-hit__color--${c}`}
            aria-pressed={request.color === c}
            title={t(`search.color.${c}`)}
            aria-label={t(`search.color.${c}`)}
            onClick={() => onChange(withFilter(request, 'color', request.color === c ? '' : c))}
          />
        ))}
      </div>
      <div className="search-filters__row">
        <FilterField
          key={`tag:${request.tag ?? ''}`}
          label={t('search.tag')}
          value={request.tag ?? ''}
          options={tagPaths}
          onCommit={(v) => onChange(withFilter(request, 'tag', v))}
        />
        <FilterField
          key={`publication:${request.publication ?? ''}`}
          label={t('search.publication')}
          value={request.publication ?? ''}
          onCommit={(v) => onChange(withFilter(request, 'publication', v))}
        />
        <FilterField
          key={`from:${request.from ?? ''}`}
          label={t('search.from')}
          type="date"
          value={request.from ?? ''}
          onCommit={(v) => onChange(withFilter(request, 'from', v))}
        />
        <FilterField
          key={`to:${request.to ?? ''}`}
          label={t('search.to')}
          type="date"
          value={request.to ?? ''}
          onCommit={(v) => onChange(withFilter(request, 'to', v))}
        />
      </div>
    </div>
  )
}
