/** The small card over a clicked suggestion: its kind, label and (when the text names it) issuing body; accept (Enter) or dismiss. */
import type { PolicyCandidate } from '@shared/calls/policy'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  candidate: PolicyCandidate
  rect: DOMRect
  onAccept: () => void
  onDismiss: () => void
  onClose: () => void
}

export function SuggestionCard({
  candidate,
  rect,
  onAccept,
  onDismiss,
  onClose,
}: Props): ReactNode {
  const { t } = useTranslation()
  const acceptRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    acceptRef.current?.focus()
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const style = { top: rect.bottom + window.scrollY + 6, left: rect.left + window.scrollX }
  return (
    <div className="policy-card" role="dialog" style={style} data-testid="policy-card">
      <p className="policy-card__kind">{t(`policy.kind.${candidate.kind}`)}</p>
      <p className="policy-card__label" lang="zh-CN">
        {candidate.label}
      </p>
      {candidate.issuer && (
        <p className="policy-card__kind" lang="zh-CN" data-testid="policy-card-issuer">
          {t('policyIssuing.issuerMeta', { issuer: candidate.issuer })}
        </p>
      )}
      <div className="policy-card__actions">
        <button
          ref={acceptRef}
          type="button"
          className="button button--primary"
          data-testid="policy-accept"
          onClick={onAccept}
        >
          {t('policy.accept')}
        </button>
        <button type="button" className="button" data-testid="policy-dismiss" onClick={onDismiss}>
          {t('policy.dismiss')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('policy.close')}
        </button>
      </div>
    </div>
  )
}
