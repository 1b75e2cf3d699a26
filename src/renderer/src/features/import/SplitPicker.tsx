/** Lists an article's blocks so the person can split it before one of them. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '@shared/domain'
import { shorten } from './review-model'

interface Props {
  blocks: readonly Block[]
  onSplit(at: number): void
  onClose(): void
}

export function SplitPicker({ blocks, onSplit, onClose }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="review__split" data-testid="split-picker">
      <p className="review__hint">{t('importReview.splitHint')}</p>
      <ol className="review__split-list">
        {blocks.map((b, i) => (
          <li key={i} className={`review__split-item review__split-item--${b.kind}`}>
            <span className="review__split-text">{shorten(b.text, 36)}</span>
            {i > 0 && (
              <button
                type="button"
                className="button button--small"
                data-testid="split-here"
                onClick={() => onSplit(i)}
              >
                {t('importReview.splitHere')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={onClose}>
        {t('importReview.splitDone')}
      </button>
    </div>
  )
}
