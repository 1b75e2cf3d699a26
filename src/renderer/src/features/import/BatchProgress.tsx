/** Progress of reading or saving several files: files done of total, the current file, articles so far, and Cancel. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Progress } from './review-session'

interface Props {
  mode: 'reading' | 'saving'
  progress: Progress
  onCancel(): void
}

export function BatchProgress({ mode, progress, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="review__progress" role="status" data-testid="import-progress">
      <p className="review__progress-line">
        {t(mode === 'reading' ? 'importReview.reading' : 'importReview.saving', {
          done: progress.done,
          total: progress.total,
        })}
      </p>
      <progress max={Math.max(progress.total, 1)} value={progress.done} />
      {progress.current !== '' && (
        <p className="review__progress-file">
          {t('importReview.current', { file: progress.current })}
        </p>
      )}
      <p className="review__progress-file">
        {t('importReview.found', { count: progress.articles })}
      </p>
      <button
        type="button"
        className="button"
        data-testid="import-progress-cancel"
        onClick={onCancel}
      >
        {t('importReview.cancel')}
      </button>
    </div>
  )
}
