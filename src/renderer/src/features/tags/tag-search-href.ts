/** The link from a tag to the search results filtered by it (everything under the tag). */
import { paramsFromRequest } from '../search'
import { routeHref } from '../../routing/hash-route'

export function tagSearchHref(path: string): string {
  return routeHref({ name: 'search', params: paramsFromRequest({ query: '', tag: path }) })
}
