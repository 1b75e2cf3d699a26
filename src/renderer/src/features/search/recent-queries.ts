/** The last queries a person ran, newest first, kept in localStorage (this device only). */

const KEY = 'pizhu.search.recent'
const MAX = 8

/** The remembered queries, newest first. */
export function recentQueries(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((q): q is string => typeof q === 'string').slice(0, MAX) : []
  } catch {
    return []
  }
}

/** Puts `query` first in the list (once), dropping the oldest beyond the limit. */
export function rememberQuery(query: string): void {
  const q = query.trim()
  if (!q) return
  const next = [q, ...recentQueries().filter((r) => r !== q)].slice(0, MAX)
  localStorage.setItem(KEY, JSON.stringify(next))
}
