/**
 * The small form for a policy point's fields: kind, name (topic and count
 * for an n-articles package), issuing place, issuing body and issuing date
 * (the date the policy was issued, not of any article). Submits only when the
 * fields make a label; shows the save error inline and keeps what was typed.
 */
import { PolicyKind } from '@shared/calls/policy'
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { labelOf, type PolicyFormFields } from './policy-fields'
import './policy.css'

interface Props {
  initial: PolicyFormFields
  submitText: string
  /** Saves; a rejection's message is shown in the form. */
  onSubmit: (fields: PolicyFormFields, label: string) => Promise<void>
  onCancel: () => void
  /** What an empty place means here (default: the article decides). */
  placePlaceholder?: string
}

export function PolicyForm({
  initial,
  submitText,
  onSubmit,
  onCancel,
  placePlaceholder,
}: Props): ReactNode {
  const { t } = useTranslation()
  const [f, setF] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const label = labelOf(f)
  const set = (changes: Partial<PolicyFormFields>): void => setF((old) => ({ ...old, ...changes }))
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (label === null || busy) return
    setBusy(true)
    onSubmit(f, label).then(
      () => setBusy(false),
      (err: unknown) => {
        setBusy(false)
        setError(err instanceof Error ? err.message : String(err))
      },
    )
  }
  return (
    <form className="policy-form" data-testid="policy-form" onSubmit={submit}>
      <label>
        {t('policyEdit.kind')}
        <select
          value={f.kind}
          onChange={(e) => set({ kind: e.target.value as PolicyKind })}
          data-testid="policy-form-kind"
        >
          {PolicyKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`policy.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f.kind === 'n-articles' ? t('policyEdit.topic') : t('policyEdit.name')}
        <input
          value={f.name}
          maxLength={96}
          lang="zh-CN"
          autoFocus
          onChange={(e) => set({ name: e.target.value })}
          data-testid="policy-form-name"
        />
      </label>
      {f.kind === 'n-articles' && (
        <label>
          {t('policyEdit.count')}
          <input
            value={f.count}
            inputMode="numeric"
            maxLength={4}
            className="policy-form__count"
            onChange={(e) => set({ count: e.target.value })}
            data-testid="policy-form-count"
          />
        </label>
      )}
      <label>
        {t('policyEdit.place')}
        <input
          value={f.place}
          maxLength={40}
          lang="zh-CN"
          placeholder={placePlaceholder ?? t('policyEdit.placeAuto')}
          onChange={(e) => set({ place: e.target.value })}
          data-testid="policy-form-place"
        />
      </label>
      <label>
        {t('policyIssuing.issuer')}
        <input
          value={f.issuer}
          maxLength={60}
          lang="zh-CN"
          placeholder={t('policyIssuing.issuerPlaceholder')}
          onChange={(e) => set({ issuer: e.target.value })}
          data-testid="policy-form-issuer"
        />
      </label>
      <label>
        {t('policyIssuing.issued')}
        <input
          type="date"
          value={f.issued}
          min="1949-01-01"
          max="2099-12-31"
          onChange={(e) => set({ issued: e.target.value })}
          data-testid="policy-form-issued"
        />
      </label>
      <p className="policy-form__label" lang="zh-CN">
        {label === null ? t('policyEdit.incomplete') : t('policyEdit.willBe', { label })}
      </p>
      {error && (
        <p className="hl-error" role="alert">
          {error}
        </p>
      )}
      <div className="policy-form__actions">
        <button
          type="submit"
          className="button"
          disabled={label === null || busy}
          data-testid="policy-form-save"
        >
          {submitText}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('policyEdit.cancel')}
        </button>
      </div>
    </form>
  )
}
