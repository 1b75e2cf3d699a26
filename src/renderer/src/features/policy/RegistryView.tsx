/**
 * `#/policies`: every policy the library mentions — kind, place, mentions,
 * articles, first and last date — filtered by kind and place; a row opens the
 * policy.
 */
import { PolicyKind } from '@shared/calls/policy'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { usePolicies } from './use-registry'
import './policy.css'

export function RegistryView(): ReactNode {
  const { t } = useTranslation()
  const [kind, setKind] = useState<PolicyKind | ''>('')
  const [place, setPlace] = useState('')
  const all = usePolicies('', '')
  const list = usePolicies(kind, place)
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
          <select value={place} onChange={(e) => setPlace(e.target.value)}>
            <option value="">{t('policy.any')}</option>
            {places.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
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
              <th>{t('policy.colLabel')}</th>
              <th>{t('policy.colKind')}</th>
              <th>{t('policy.colPlace')}</th>
              <th>{t('policy.colMentions')}</th>
              <th>{t('policy.colArticles')}</th>
              <th>{t('policy.colFirst')}</th>
              <th>{t('policy.colLast')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) => (
              <tr key={p.id} data-testid="policy-row">
                <td lang="zh-CN">
                  <a href={routeHref({ name: 'policy', id: p.id })}>{p.label}</a>
                </td>
                <td>{t(`policy.kind.${p.kind}`)}</td>
                <td lang="zh-CN">{p.place || '—'}</td>
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
