/** Publication, date and page inputs, for one article or for a whole file. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface MetaValues {
  publication: string
  publishedOn: string
  page: string
}

interface Props {
  values: MetaValues
  /** Shown when a field is empty (e.g. the file-wide value an article inherits). */
  placeholders?: Partial<MetaValues>
  onChange(patch: Partial<MetaValues>): void
  testId: string
}

export function MetaFields({ values, placeholders = {}, onChange, testId }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="review__meta" data-testid={testId}>
      <label className="review__field">
        <span>{t('importReview.publication')}</span>
        <input
          type="text"
          value={values.publication}
          placeholder={placeholders.publication ?? ''}
          data-testid={`${testId}-publication`}
          onChange={(e) => onChange({ publication: e.target.value })}
        />
      </label>
      <label className="review__field">
        <span>{t('importReview.date')}</span>
        <input
          type="date"
          value={values.publishedOn}
          data-testid={`${testId}-date`}
          onChange={(e) => onChange({ publishedOn: e.target.value })}
        />
      </label>
      <label className="review__field review__field--short">
        <span>{t('importReview.page')}</span>
        <input
          type="text"
          value={values.page}
          placeholder={placeholders.page ?? ''}
          data-testid={`${testId}-page`}
          onChange={(e) => onChange({ page: e.target.value })}
        />
      </label>
    </div>
  )
}
