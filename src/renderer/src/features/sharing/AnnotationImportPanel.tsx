/** The summary of an annotation-file import: counts, then each annotation that was not added. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnnotationImportSummary } from '@shared/calls/sharing'

const MAX_LISTED = 200

export function AnnotationImportPanel({
  summary,
  error,
  onClose,
}: {
  summary: AnnotationImportSummary | null
  error: string | null
  onClose(): void
}): ReactNode {
  const { t } = useTranslation()
  const notAdded = summary?.items.filter((i) => i.status !== 'added') ?? []
  return (
    <div className="sharing-panel__scrim" onClick={onClose}>
      <section
        className="sharing-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sharing-title"
        data-testid="annotations-summary"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="sharing-title" className="sharing-panel__title">
          {t('sharing.title')}
        </h2>
        {error && <p className="sharing-panel__error">{error}</p>}
        {summary && (
          <>
            <p className="sharing-panel__file">{summary.fileName}</p>
            <ul className="sharing-panel__counts" data-testid="annotations-counts">
              <li>{t('sharing.added', { count: summary.added })}</li>
              <li>{t('sharing.merged', { count: summary.merged })}</li>
              <li>{t('sharing.duplicates', { count: summary.duplicates })}</li>
              <li className={summary.orphaned ? 'sharing-panel__warn' : undefined}>
                {t('sharing.orphaned', { count: summary.orphaned })}
              </li>
            </ul>
            {notAdded.length > 0 && (
              <ol className="sharing-panel__items">
                {notAdded.slice(0, MAX_LISTED).map((i) => (
                  <li key={i.index} data-status={i.status}>
                    <span className="sharing-panel__status">{t(`sharing.status.${i.status}`)}</span>
                    <q>{i.quote}</q>
                    {i.title && <span className="sharing-panel__article">《{i.title}》</span>}
                    {i.reason && (
                      <span className="sharing-panel__reason">
                        {i.reason === 'article not in this library'
                          ? t('sharing.noArticle')
                          : t('sharing.noQuote')}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
        <div className="sharing-panel__actions">
          <button
            type="button"
            className="button"
            data-testid="annotations-close"
            onClick={onClose}
          >
            {t('sharing.close')}
          </button>
        </div>
      </section>
    </div>
  )
}
