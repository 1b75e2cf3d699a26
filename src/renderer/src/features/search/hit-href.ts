/** Where opening a search hit goes: the reader, at the match when there is one. */
import type { SearchHit } from '@shared/calls/search'
import { routeHref } from '../../routing/hash-route'

export function hitHref(hit: SearchHit): string {
  return routeHref(
    hit.at
      ? { name: 'article', id: hit.articleId, at: hit.at }
      : { name: 'article', id: hit.articleId },
  )
}
