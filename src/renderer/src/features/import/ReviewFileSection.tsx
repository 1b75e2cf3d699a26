/** One file in the review: its name and format, file-wide publication/date/page, and its proposed articles. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftCard } from './DraftCard'
import { MetaFields } from './MetaFields'
import {
  dropDraft,
  editDraft,
  editFileMeta,
  mergeWithNext,
  splitAt,
  type ReviewFile,
} from './review-model'

interface Props {
  file: ReviewFile
  onChange(file: ReviewFile): void
}

export function ReviewFileSection({ file, onChange }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <section className="review__file" data-testid="review-file">
      <header className="review__file-head">
        <h3 className="review__file-name">{file.fileName}</h3>
        <span className="review__file-facts">
          {t('importReview.fileFacts', {
            format: file.format,
            encoding: file.encoding ?? '—',
            count: file.drafts.length,
          })}
        </span>
      </header>
      <p className="review__hint">{t('importReview.fileMetaHint')}</p>
      <MetaFields
        testId="file-meta"
        values={file.meta}
        onChange={(p) => onChange(editFileMeta(file, p))}
      />
      {file.drafts.length === 0 && <p className="review__hint">{t('importReview.allDropped')}</p>}
      <ol className="review__drafts">
        {file.drafts.map((d, i) => (
          <DraftCard
            key={d.key}
            draft={d}
            index={i}
            isLast={i === file.drafts.length - 1}
            fileMeta={file.meta}
            onChange={(patch) => onChange(editDraft(file, i, patch))}
            onMerge={() => onChange(mergeWithNext(file, i))}
            onSplit={(at) => onChange(splitAt(file, i, at))}
            onDrop={() => onChange(dropDraft(file, i))}
          />
        ))}
      </ol>
    </section>
  )
}
