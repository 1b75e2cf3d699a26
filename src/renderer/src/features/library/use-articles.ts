/** The library's articles, newest first; refetched whenever `revision` changes (after an import). */
import type { ArticleSummary } from '@shared/domain'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

interface Loaded {
  revision: number
  articles: ArticleSummary[]
  error: string | null
}

export interface ArticlesState {
  /** The last list loaded; kept while a newer one loads so the page does not flash. */
  articles: ArticleSummary[] | null
  error: string | null
}

export function useArticles(revision: number): ArticlesState {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    let live = true
    call('articles.list', {}).then(
      (articles) => live && setLoaded({ revision, articles, error: null }),
      (err: unknown) =>
        live &&
        setLoaded((prev) => ({
          revision,
          articles: prev?.articles ?? [],
          error: err instanceof Error ? err.message : String(err),
        })),
    )
    return () => {
      live = false
    }
  }, [revision])
  return { articles: loaded?.articles ?? null, error: loaded?.error ?? null }
}
