/**
 * Shown when two policies are ticked in the registry: merge them by keeping
 * one (its label, kind and place) and folding the other's mentions into it.
 */
import type { PolicySummary } from '@shared/calls/policy'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'

interface Props {
  pair: readonly [PolicySummary, PolicySummary]
  onMerged: (into: PolicySummary) => void
  onCancel: () => void
}

export function MergeBar({ pair, onMerged, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const keep = (kept: PolicySummary, other: PolicySummary): void => {
    call('policy.merge', { fromId: other.id, intoId: kept.id }).then(onMerged, (err: unknown) =>
      setError(err instanceof Error ? err.message : String(err)),
    )
  }
  const [a, b] = pair
  return (
    <div className="policy-merge" role="group" data-testid="policy-merge-bar">
      <span>{t('policyEdit.mergeHint')}</span>
      <button type="button" className="button" onClick={() => keep(a, b)} lang="zh-CN">
        {t('policyEdit.keep', { label: a.label })}
      </button>
      <button type="button" className="button" onClick={() => keep(b, a)} lang="zh-CN">
        {t('policyEdit.keep', { label: b.label })}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('policyEdit.cancel')}
      </button>
      {error && (
        <p className="hl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
