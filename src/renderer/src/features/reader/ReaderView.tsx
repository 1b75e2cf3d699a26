/** One article, read: title, meta line and the body in the read-only article editor. */
import { useEffect, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { HighlightedArticle } from '../highlights'
import { FlashAt } from '../../editor'
import type { TextRange } from '../../routing/hash-route'
import { ArticleMeta } from './ArticleMeta'
import { ReaderToolbar } from './ReaderToolbar'
import { useArticle } from './use-article'
import { useFontSize } from './use-font-size'
import './reader.css'

export function ReaderView({ id, at }: { id: number; at?: TextRange }): ReactNode {
  const { t } = useTranslation()
  const { article, error, loading } = useArticle(id)
  const font = useFontSize()
  const title = article?.title

  useEffect(() => {
    if (!title) return
    const previous = document.title
    document.title = `${title} — ${t('app.name')}`
    return () => {
      document.title = previous
    }
  }, [title, t])

  const style = { '--reader-font-size': `${font.size}px` } as CSSProperties
  return (
    <main className="reader" data-testid="reader-view" style={style}>
      <ReaderToolbar font={font} articleId={id} />
      {loading && <p className="reader__status">{t('common.loading')}</p>}
      {error && (
        <p className="reader__status reader__status--error" role="alert">
          {t('reader.loadFailed', { message: error })}
        </p>
      )}
      {article && (
        <article className="reader__page">
          <header className="reader__header">
            {article.kicker && (
              <p className="reader__kicker" lang="zh-CN">
                {article.kicker}
              </p>
            )}
            <h1 className="reader__title" data-testid="reader-title" lang="zh-CN">
              {article.title}
            </h1>
            {article.subtitle && (
              <p className="reader__subtitle" lang="zh-CN">
                {article.subtitle}
              </p>
            )}
            <ArticleMeta article={article} />
          </header>
          <HighlightedArticle key={article.id} initial={article} label={t('reader.contentLabel')} />
          {at && <FlashAt key={`${at.start}-${at.end}`} start={at.start} end={at.end} />}
        </article>
      )}
    </main>
  )
}
