/**
 * Navigation lives in the URL hash so a reload (or the Electron window
 * restoring) returns to the same place: `#/` is the library,
 * `#/article/ID` the reader (`?at=START-END` opens it at a text range),
 * `#/search?…` the search results (the query string belongs to features/search),
 * `#/policies` the policy registry and `#/policies/ID` one policy;
 * `#/briefings` the list of briefings and `#/briefing/ID` the composer;
 * `#/tags` the tag browser.
 */
import { useSyncExternalStore } from 'react'

/** Where the person is. */
export type Route =
  | { name: 'library' }
  | { name: 'article'; id: number; at?: TextRange }
  | { name: 'search'; params: string }
  | { name: 'policies' }
  | { name: 'policy'; id: number }
  | { name: 'briefings' }
  | { name: 'briefing'; id: number }
  | { name: 'tags' }

/** UTF-16 offsets into an article's text. */
export interface TextRange {
  start: number
  end: number
}

const ARTICLE = /^#\/article\/(\d+)\/?(?:\?at=(\d+)-(\d+))?$/
const SEARCH = /^#\/search\/?(?:\?(.*))?$/
const POLICIES = /^#\/policies\/?(?:(\d+)\/?)?$/
const BRIEFINGS = /^#\/briefings\/?$/
const BRIEFING = /^#\/briefing\/(\d+)\/?$/
const TAGS = /^#\/tags\/?$/

/** Parses a location hash; anything unrecognised is the library. */
export function parseHash(hash: string): Route {
  const search = SEARCH.exec(hash)
  if (search) return { name: 'search', params: search[1] ?? '' }
  const policies = POLICIES.exec(hash)
  if (policies) {
    const pid = Number(policies[1])
    return Number.isSafeInteger(pid) && pid > 0 ? { name: 'policy', id: pid } : { name: 'policies' }
  }
  if (BRIEFINGS.test(hash)) return { name: 'briefings' }
  if (TAGS.test(hash)) return { name: 'tags' }
  const briefing = Number(BRIEFING.exec(hash)?.[1])
  if (Number.isSafeInteger(briefing) && briefing > 0) return { name: 'briefing', id: briefing }
  const m = ARTICLE.exec(hash)
  const id = m ? Number(m[1]) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) return { name: 'library' }
  const start = Number(m?.[2])
  const end = Number(m?.[3])
  return end > start ? { name: 'article', id, at: { start, end } } : { name: 'article', id }
}

/** The hash for a route, for `href`s and `navigate`. */
export function routeHref(route: Route): string {
  if (route.name === 'search') return route.params ? `#/search?${route.params}` : '#/search'
  if (route.name === 'library') return '#/'
  if (route.name === 'policies') return '#/policies'
  if (route.name === 'policy') return `#/policies/${route.id}`
  if (route.name === 'briefings') return '#/briefings'
  if (route.name === 'tags') return '#/tags'
  if (route.name === 'briefing') return `#/briefing/${route.id}`
  return route.at
    ? `#/article/${route.id}?at=${route.at.start}-${route.at.end}`
    : `#/article/${route.id}`
}

/** Goes to a route (adds a history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function getHash(): string {
  return window.location.hash
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash)
  return parseHash(hash)
}

/** Goes to a route in place of the current history entry (search-as-you-type). */
export function replaceRoute(route: Route): void {
  window.location.replace(routeHref(route))
}
