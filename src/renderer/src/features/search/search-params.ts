/**
 * A search request as the `#/search?…` query string, so results survive a
 * reload and Back returns to them. Unknown or malformed parameters are dropped.
 */
import { SearchRequest } from '@shared/calls/search'

const KEYS = ['tag', 'color', 'publication', 'from', 'to', 'kind'] as const

/** The request a `#/search?…` query string describes. */
export function requestFromParams(params: string): SearchRequest {
  const p = new URLSearchParams(params)
  const raw: Record<string, unknown> = { query: p.get('q') ?? '' }
  for (const k of KEYS) {
    const v = p.get(k)
    if (v) raw[k] = v
  }
  const article = Number(p.get('article'))
  if (Number.isSafeInteger(article) && article > 0) raw.articleId = article
  if (p.get('note') === '1') raw.hasNote = true
  const parsed = SearchRequest.safeParse(raw)
  if (parsed.success) return parsed.data
  return { query: typeof raw.query === 'string' ? raw.query.slice(0, 2000) : '' }
}

/** The query string for a request (empty filters left out). */
export function paramsFromRequest(req: SearchRequest): string {
  const p = new URLSearchParams()
  p.set('q', req.query)
  for (const k of KEYS) {
    const v = req[k]
    if (v) p.set(k, v)
  }
  if (req.articleId !== undefined) p.set('article', String(req.articleId))
  if (req.hasNote) p.set('note', '1')
  return p.toString()
}

/** True when the request asks for something: a query or at least one filter. */
export function isActive(req: SearchRequest): boolean {
  return (
    req.query.trim() !== '' ||
    KEYS.some((k) => req[k] !== undefined) ||
    req.articleId !== undefined ||
    req.hasNote === true
  )
}
