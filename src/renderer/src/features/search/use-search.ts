/** Runs a search whenever the request changes, debounced so typing stays smooth. */
import type { SearchRequest, SearchResults } from '@shared/calls/search'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import { isActive } from './search-params'

const DEBOUNCE_MS = 120

export interface SearchState {
  /** The latest answer (it may belong to an earlier request while typing). */
  results: SearchResults | null
  error: string | null
  /** True while the current request has not been answered yet. */
  busy: boolean
}

interface Answer {
  key: string
  results: SearchResults | null
  error: string | null
}

export function useSearch(req: SearchRequest): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const key = JSON.stringify(req)
  const active = isActive(req)
  useEffect(() => {
    if (!active) return
    let live = true
    const timer = setTimeout(() => {
      call('search.query', JSON.parse(key) as SearchRequest).then(
        (results) => live && setAnswer({ key, results, error: null }),
        (err: unknown) =>
          live &&
          setAnswer((a) => ({
            key,
            results: a?.results ?? null,
            error: err instanceof Error ? err.message : String(err),
          })),
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, active])
  if (!active) return { results: null, error: null, busy: false }
  return {
    results: answer?.results ?? null,
    error: answer?.key === key ? answer.error : null,
    busy: answer?.key !== key,
  }
}
