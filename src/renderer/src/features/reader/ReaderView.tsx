/** One article, read: title, meta line and the body in the read-only article editor. */
import { useCallback, useEffect, useState, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { HighlightedArticle, prefetchHighlights } from '../highlights'
import { FlashAt } from '../../editor'
import { StructureEditor, StructureToggle, useStructureEdit } from '../structure'
import { ArticleTags } from '../tags'
import type { TextRange } from '../../routing/hash-route'
import { ArticleMeta } from './ArticleMeta'
import { ArticleNote } from './ArticleNote'
import { FindBar } from './FindBar'
import { ReaderToolbar } from './ReaderToolbar'
import { useArticle } from './use-article'
import { useFontSize } from './use-font-size'
import { usePageLayout } from './use-page-layout'
import { useReaderKeys } from './use-reader-keys'
import { useReaderState } from './use-reader-state'
import { useReadingPosition } from './use-reading-position'
import './reader.css'

export function ReaderView({ id, at }: { id: number; at?: TextRange }): ReactNode {
  const { t } = useTranslation()
  // The highlights load beside the article (and its reader state), not after it.
  useEffect(() => prefetchHighlights(id), [id])
  // Bumped after a split, merge or undo: the article and its highlights reload.
  const [revision, setRevision] = useState(0)
  const reload = useCallback(() => setRevision((r) => r + 1), [])
  const structure = useStructureEdit(id, reload)
  const { article, error, loading } = useArticle(id, revision)
  const state = useReaderState(id, revision)
  const font = useFontSize()
  const layout = usePageLayout()
  const ready = article !== null && state !== null
  const position = useReadingPosition(id, ready ? state.position : undefined, !at)
  // 0: the find bar is closed; each Ctrl/Cmd+F bumps it (opening or refocusing the bar).
  const [finding, setFinding] = useState(0)
  useReaderKeys(id, () => setFinding((n) => n + 1))
  const title = article?.title

  useEffect(() => {
    if (!title) return
    const previous = document.title
    document.title = `${title} — ${t('app.name')}`
    return () => {
      document.title = previous
    }
  }, [title, t])

  const style = { '--reader-font-size': `${font.size}px`, ...layout.style } as CSSProperties
  return (
    <main className="reader" data-testid="reader-view" style={style}>
      <ReaderToolbar font={font} layout={layout} articleId={id} />
      {ready && finding > 0 && (
        <FindBar
          key={id}
          focusKey={finding}
          from={position.read}
          layoutKey={`${font.size}/${layout.lineHeight}/${layout.measure}`}
          onClose={() => setFinding(0)}
        />
      )}
      {(loading || (article && !state)) && <p className="reader__status">{t('common.loading')}</p>}
      {error && (
        <p className="reader__status reader__status--error" role="alert">
          {t('reader.loadFailed', { message: error })}
        </p>
      )}
      {article && state && (
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
            <ArticleTags key={article.id} articleId={article.id} />
            <StructureToggle on={structure.editing} onToggle={structure.toggle} />
          </header>
          {/* Keyed by when the note was written: a merge or its undo brings another note. */}
          <ArticleNote
            key={`${article.id}:${state.note.updatedAt ?? ''}`}
            articleId={article.id}
            note={state.note}
          />
          {structure.editing ? (
            <StructureEditor article={article} edit={structure} />
          ) : (
            <HighlightedArticle
              key={`${article.id}-${revision}`}
              initial={article}
              label={t('reader.contentLabel')}
              position={position.offset}
              onGo={position.goTo}
              readPosition={position.read}
            />
          )}
          {at && <FlashAt key={`${at.start}-${at.end}`} start={at.start} end={at.end} />}
        </article>
      )}
    </main>
  )
}
