/**
 * The import-with-review overlay: progress while files are read, the
 * proposal to edit (split mode, files, articles) with Save and Cancel,
 * progress while saving, then each file's outcome.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BatchProgress } from './BatchProgress'
import { failureText } from './failure-text'
import { ImportOutcomes } from './ImportOutcomes'
import { ReviewFileSection } from './ReviewFileSection'
import type { Review } from './use-review'
import './import-review.css'

export function ImportReview({ review }: { review: Review }): ReactNode {
  const { t } = useTranslation()
  const { phase } = review
  if (phase.name === 'idle') return null
  const articles = review.files.reduce((n, f) => n + f.drafts.length, 0)
  const invalid = review.files.some((f) => f.drafts.some((d) => d.title.trim() === ''))

  return (
    <div
      className="review"
      role="dialog"
      aria-modal="true"
      aria-label={t('importReview.title')}
      data-testid="import-review"
    >
      <div className="review__sheet">
        {phase.name === 'reading' && (
          <BatchProgress mode="reading" progress={phase.progress} onCancel={review.cancel} />
        )}
        {phase.name === 'saving' && (
          <BatchProgress mode="saving" progress={phase.progress} onCancel={review.cancel} />
        )}
        {phase.name === 'summary' && (
          <ImportOutcomes outcomes={review.outcomes} onClose={review.close} />
        )}
        {phase.name === 'review' && (
          <>
            <header className="review__head">
              <h2 className="review__title">{t('importReview.title')}</h2>
              <span className="review__count" data-testid="review-count">
                {t('importReview.count', { files: review.files.length, count: articles })}
              </span>
              <span className="review__spacer" />
              <label className="review__field review__field--inline">
                <span>{t('importReview.splitMode')}</span>
                <select
                  value={review.split}
                  data-testid="review-split-mode"
                  onChange={(e) => void review.resplit(e.target.value === 'none' ? 'none' : 'auto')}
                >
                  <option value="auto">{t('importReview.splitAuto')}</option>
                  <option value="none">{t('importReview.splitNone')}</option>
                </select>
              </label>
            </header>
            {review.outcomes.length > 0 && (
              <ul className="review__problems" role="alert">
                {review.outcomes.map((o, i) => (
                  <li key={i} title={o.message}>
                    {o.message === undefined
                      ? t(`importReview.outcome.${o.status}`, { count: 0 })
                      : failureText(t, { ...o, message: o.message })}
                  </li>
                ))}
              </ul>
            )}
            <div className="review__body">
              {review.files.map((f, i) => (
                <ReviewFileSection
                  key={f.fileName + i}
                  file={f}
                  onChange={(next) => review.update(i, next)}
                />
              ))}
            </div>
            <footer className="review__actions">
              {invalid && <span className="review__hint">{t('importReview.titleMissing')}</span>}
              <button
                type="button"
                className="button"
                data-testid="review-cancel"
                onClick={review.cancel}
              >
                {t('importReview.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="review-save"
                disabled={articles === 0 || invalid}
                onClick={() => void review.save()}
              >
                {t('importReview.save', { count: articles })}
              </button>
            </footer>
          </>
        )}
      </div>
    </div>
  )
}
