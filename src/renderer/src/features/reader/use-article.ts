/**
 * Loads one article by id; a new id shows loading until its article (or error)
 * arrives. A new `revision` reloads it in place (after a split or merge).
 */
import type { Article } from '@shared/domain'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

interface Loaded {
  id: number
  article: Article | null
  error: string | null
}

export interface ArticleState {
  article: Article | null
  error: string | null
  loading: boolean
}

export function useArticle(id: number, revision = 0): ArticleState {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    let live = true
    call('articles.get', { id }).then(
      (article) => live && setLoaded({ id, article, error: null }),
      (err: unknown) =>
        live &&
        setLoaded({ id, article: null, error: err instanceof Error ? err.message : String(err) }),
    )
    return () => {
      live = false
    }
  }, [id, revision])
  if (!loaded || loaded.id !== id) return { article: null, error: null, loading: true }
  return { article: loaded.article, error: loaded.error, loading: false }
}
