/** A box to paste text copied from a PDF or a web page; it goes through the same review as a file. */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  onPreview(file: File): void
  onClose(): void
}

export function PasteDialog({ onPreview, onClose }: Props): ReactNode {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [name, setName] = useState('')
  const submit = (): void => {
    const base = name.trim() === '' ? t('importReview.pasteDefaultName') : name.trim()
    onPreview(new File([text], `${base.replace(/[\\/]/g, '_')}.txt`, { type: 'text/plain' }))
  }
  return (
    <div
      className="review"
      role="dialog"
      aria-modal="true"
      aria-label={t('importReview.pasteTitle')}
      data-testid="paste-dialog"
    >
      <div className="review__sheet review__sheet--narrow">
        <h2 className="review__title">{t('importReview.pasteTitle')}</h2>
        <p className="review__hint">{t('importReview.pasteHint')}</p>
        <label className="review__field">
          <span>{t('importReview.pasteName')}</span>
          <input
            type="text"
            value={name}
            data-testid="paste-name"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <textarea
          className="review__paste"
          value={text}
          data-testid="paste-text"
          aria-label={t('importReview.pasteTitle')}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="review__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('importReview.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="paste-preview"
            disabled={text.trim() === ''}
            onClick={submit}
          >
            {t('importReview.pastePreview')}
          </button>
        </div>
      </div>
    </div>
  )
}
