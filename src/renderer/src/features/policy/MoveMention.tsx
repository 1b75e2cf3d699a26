/**
 * Splitting a policy by hand: moves one mention to another policy of the
 * same kind and place, named by label (an existing one from the list, or a
 * new one), with policy.split.
 */
import type { PolicySummary } from '@shared/calls/policy'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { usePolicies } from './use-registry'

interface Props {
  highlightId: number
  policy: PolicySummary
  onMoved: (into: PolicySummary) => void
  onCancel: () => void
}

export function MoveMention({ highlightId, policy, onMoved, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const listId = useId()
  const others = usePolicies(policy.kind, policy.place).data?.filter((p) => p.id !== policy.id)
  const [label, setLabel] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const l = label.trim()
    if (l === '' || l === policy.label) return
    call('policy.split', { highlightId, label: l }).then(onMoved, (err: unknown) =>
      setError(err instanceof Error ? err.message : String(err)),
    )
  }
  return (
    <form className="policy-move" onSubmit={submit} data-testid="policy-move">
      <label>
        {t('policyEdit.moveTo')}
        <input
          value={label}
          list={listId}
          maxLength={100}
          lang="zh-CN"
          autoFocus
          placeholder={t('policyEdit.moveToPlaceholder')}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="policy-move-label"
        />
      </label>
      <datalist id={listId}>
        {others?.map((p) => (
          <option key={p.id} value={p.label} />
        ))}
      </datalist>
      <button
        type="submit"
        className="button"
        disabled={label.trim() === '' || label.trim() === policy.label}
        data-testid="policy-move-save"
      >
        {t('policyEdit.move')}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('policyEdit.cancel')}
      </button>
      {error && (
        <p className="hl-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
