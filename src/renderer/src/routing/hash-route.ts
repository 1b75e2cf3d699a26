/**
 * Navigation lives in the URL hash so a reload (or the Electron window
 * restoring) returns to the same place: `#/` is the library,
 * `#/article/ID` the reader.
 */
import { useSyncExternalStore } from 'react'

/** Where the person is. */
export type Route = { name: 'library' } | { name: 'article'; id: number }

const ARTICLE = /^#\/article\/(\d+)\/?$/

/** Parses a location hash; anything unrecognised is the library. */
export function parseHash(hash: string): Route {
  const m = ARTICLE.exec(hash)
  const id = m ? Number(m[1]) : NaN
  return Number.isSafeInteger(id) && id > 0 ? { name: 'article', id } : { name: 'library' }
}

/** The hash for a route, for `href`s and `navigate`. */
export function routeHref(route: Route): string {
  return route.name === 'article' ? `#/article/${route.id}` : '#/'
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
