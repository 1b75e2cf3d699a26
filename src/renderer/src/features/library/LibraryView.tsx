/** The library: every article, newest first, with the Import button; a row opens the reader. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportButton, useImporter } from '../import'
import { SavedSearchList } from '../search'
import { ArticleRow } from './ArticleRow'
import { EmptyLibrary } from './EmptyLibrary'
import { useArticles } from './use-articles'
import './library.css'

export function LibraryView(): ReactNode {
  const { t } = useTranslation()
  const { revision } = useImporter()
  const { articles, error } = useArticles(revision)

  return (
    <main className="library" data-testid="library-view">
      <div className="library__heading">
        <h1 className="library__title">{t('library.title')}</h1>
        {articles && articles.length > 0 && (
          <span className="library__count">{t('library.count', { count: articles.length })}</span>
        )}
        <span className="library__spacer" />
        <ImportButton />
      </div>
      <SavedSearchList />
      {error && (
        <p className="library__status library__status--error" role="alert">
          {t('library.loadFailed', { message: error })}
        </p>
      )}
      {articles === null && !error && <p className="library__status">{t('common.loading')}</p>}
      {articles?.length === 0 && !error && <EmptyLibrary />}
      {articles && articles.length > 0 && (
        <ol className="library__list">
          {articles.map((a) => (
            <ArticleRow key={a.id} article={a} />
          ))}
        </ol>
      )}
    </main>
  )
}
