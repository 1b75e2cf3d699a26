/**
 * `#/policies`: every policy the library mentions — kind, place, issuing
 * body and date, mentions, articles, first and last mention date — filtered
 * by kind, place, tag, mention dates and issuing dates, over a timeline of
 * their mentions by policy or by place; a row opens the policy; ticking two
 * offers to merge them; 导出表格 saves what the filters show as CSV.
 */
import { PolicyKind } from '@shared/calls/policy'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { ExportRegistryButton } from './ExportRegistryButton'
import { MergeBar } from './MergeBar'
import { RegistryTimeline } from './RegistryTimeline'
import { NO_PLACE, useMentionDates, usePolicies } from './use-registry'
import './policy.css'

export function RegistryView(): ReactNode {
  const { t } = useTranslation()
  const [kind, setKind] = useState<PolicyKind | ''>('')
  const [place, setPlace] = useState('')
  const [generation, setGeneration] = useState(0)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [tag, setTag] = useState('')
  const [issuedFrom, setIssuedFrom] = useState('')
  const [issuedTo, setIssuedTo] = useState('')
  const [ticked, setTicked] = useState<number[]>([])
  const all = usePolicies('', '', generation)
  const more = { from, to, tag, issuedFrom, issuedTo }
  const list = usePolicies(kind, place, generation, more)
  const dates = useMentionDates(kind, place, generation, more)
  const tick = (id: number, on: boolean): void =>
    setTicked((old) =>
      on ? [...old.filter((x) => x !== id), id].slice(-2) : old.filter((x) => x !== id),
    )
  const pair = ticked
    .map((id) => list.data?.find((p) => p.id === id))
    .filter((p) => p !== undefined)
  const hasNoPlace = (all.data ?? []).some((p) => p.place === '')
  const places = useMemo(
    () => [...new Set((all.data ?? []).map((p) => p.place).filter(Boolean))].sort(),
    [all.data],
  )

  return (
    <main className="policy-view" data-testid="policy-registry">
      <h1 className="policy-view__title">{t('policy.registryTitle')}</h1>
      <div className="policy-filters">
        <label>
          {t('policy.filterKind')}
          <select
            value={kind}
            data-testid="policy-filter-kind"
            onChange={(e) => setKind(e.target.value as PolicyKind | '')}
          >
            <option value="">{t('policy.any')}</option>
            {PolicyKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`policy.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('policy.filterPlace')}
          <select
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            data-testid="policy-filter-place"
          >
            <option value="">{t('policy.any')}</option>
            {places.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            {hasNoPlace && <option value={NO_PLACE}>{t('policyIssuing.noPlace')}</option>}
          </select>
        </label>
        <label>
          {t('policyEdit.filterTag')}
          <input
            value={tag}
            maxLength={100}
            lang="zh-CN"
            placeholder={t('policy.any')}
            onChange={(e) => setTag(e.target.value)}
            data-testid="policy-filter-tag"
          />
        </label>
        <DateFilter
          label={t('policyEdit.filterFrom')}
          value={from}
          onChange={setFrom}
          testId="policy-filter-from"
        />
        <DateFilter
          label={t('policyEdit.filterTo')}
          value={to}
          onChange={setTo}
          testId="policy-filter-to"
        />
        <DateFilter
          label={t('policyIssuing.issuedFrom')}
          value={issuedFrom}
          onChange={setIssuedFrom}
          testId="policy-filter-issued-from"
        />
        <DateFilter
          label={t('policyIssuing.issuedTo')}
          value={issuedTo}
          onChange={setIssuedTo}
          testId="policy-filter-issued-to"
        />
        <ExportRegistryButton
          kind={kind}
          place={place}
          more={more}
          enabled={(list.data?.length ?? 0) > 0}
        />
      </div>
      {pair.length === 2 && (
        <MergeBar
          pair={[pair[0]!, pair[1]!]}
          onCancel={() => setTicked([])}
          onMerged={() => {
            setTicked([])
            setGeneration((g) => g + 1)
          }}
        />
      )}
      {dates.data && <RegistryTimeline mentions={dates.data} />}
      {list.error && (
        <p className="hl-error" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.length === 0 && (
        <p className="policy-view__empty">{t('policy.empty')}</p>
      )}
      {list.data && list.data.length > 0 && (
        <table className="policy-table">
          <thead>
            <tr>
              <th aria-label={t('policyEdit.select')} />
              <th>{t('policy.colLabel')}</th>
              <th>{t('policy.colKind')}</th>
              <th>{t('policy.colPlace')}</th>
              <th>{t('policyIssuing.colIssued')}</th>
              <th>{t('policy.colMentions')}</th>
              <th>{t('policy.colArticles')}</th>
              <th>{t('policy.colFirst')}</th>
              <th>{t('policy.colLast')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) => (
              <tr key={p.id} data-testid="policy-row">
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('policyEdit.selectOne', { label: p.label })}
                    checked={ticked.includes(p.id)}
                    onChange={(e) => tick(p.id, e.target.checked)}
                    data-testid="policy-tick"
                  />
                </td>
                <td lang="zh-CN">
                  <a href={routeHref({ name: 'policy', id: p.id })}>{p.label}</a>
                </td>
                <td>{t(`policy.kind.${p.kind}`)}</td>
                <td lang="zh-CN">{p.place || '—'}</td>
                <td className="policy-table__issued" lang="zh-CN" data-testid="policy-issued">
                  {p.issuer || p.issued ? (
                    <>
                      {p.issuer}
                      {p.issuer && p.issued && <br />}
                      {p.issued}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="policy-table__n">{p.mentions}</td>
                <td className="policy-table__n">{p.articles}</td>
                <td>{p.firstDate ?? '—'}</td>
                <td>{p.lastDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}

/** One date bound of the registry's filters: applied as soon as it changes. */
function DateFilter(props: {
  label: string
  value: string
  onChange: (value: string) => void
  testId: string
}): ReactNode {
  return (
    <label>
      {props.label}
      <input
        type="date"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
    </label>
  )
}
