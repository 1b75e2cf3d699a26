/** One article in the library list: its title and a line of publication, date and length. */
import type { ArticleSummary } from '@shared/domain'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '../../i18n'
import { routeHref } from '../../routing/hash-route'

export function ArticleRow({ article }: { article: ArticleSummary }): ReactNode {
  const { t, i18n } = useTranslation()
  const lng = i18n.language
  const date = article.publishedOn
    ? formatDate(article.publishedOn, lng)
    : t('library.importedOn', { date: formatDate(article.createdAt, lng, { timestamp: true }) })
  const chars = t('common.chars', {
    count: article.charCount,
    formatted: formatNumber(article.charCount, lng),
  })

  return (
    <li className="article-row">
      <a
        className="article-row__link"
        href={routeHref({ name: 'article', id: article.id })}
        data-testid="article-row"
      >
        <span className="article-row__title" lang="zh-CN">
          {article.title}
        </span>
        <span className="article-row__meta">
          {article.publication && (
            <span className="article-row__publication">{article.publication}</span>
          )}
          <span className="article-row__date">{date}</span>
          <span className="article-row__chars">{chars}</span>
        </span>
      </a>
    </li>
  )
}
