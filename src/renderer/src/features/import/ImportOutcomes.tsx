/** The summary after an import with review: one line per file saying what happened to it. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { failureText } from './failure-text'
import type { FileOutcome } from './review-session'

interface Props {
  outcomes: readonly FileOutcome[]
  onClose(): void
}

export function ImportOutcomes({ outcomes, onClose }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="review__summary" data-testid="import-summary">
      <h2 className="review__title">{t('importReview.summaryTitle')}</h2>
      <ul className="review__outcomes">
        {outcomes.map((o, i) => (
          <li key={i} className={`review__outcome review__outcome--${o.status}`}>
            <span className="review__outcome-file">{o.fileName}</span>
            <span title={o.status === 'failed' ? o.message : undefined}>
              {o.status === 'failed'
                ? failureText(t, { ...o, message: o.message ?? '' })
                : t(`importReview.outcome.${o.status}`, { count: o.articles })}
            </span>
          </li>
        ))}
      </ul>
      <div className="review__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="import-summary-close"
          onClick={onClose}
        >
          {t('importReview.close')}
        </button>
      </div>
    </div>
  )
}
