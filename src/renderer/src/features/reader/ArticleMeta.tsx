/** The line under an article's title: publication · date · page · byline · source file · length. */
import type { Article } from '@shared/domain'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '../../i18n'

export function ArticleMeta({ article }: { article: Article }): ReactNode {
  const { t, i18n } = useTranslation()
  const lng = i18n.language
  const parts = [
    article.publication,
    article.publishedOn && formatDate(article.publishedOn, lng),
    article.page && t('reader.page', { page: article.page }),
    article.byline,
    article.source && t('reader.sourceFile', { file: article.source.fileName }),
    t('common.chars', {
      count: article.charCount,
      formatted: formatNumber(article.charCount, lng),
    }),
  ].filter((p): p is string => typeof p === 'string' && p !== '')

  return (
    <p className="reader__meta" data-testid="reader-meta">
      {parts.map((part, i) => (
        <span key={i} className="reader__meta-part">
          {i > 0 && <span className="reader__meta-sep">{t('common.separator')}</span>}
          {part}
        </span>
      ))}
    </p>
  )
}
