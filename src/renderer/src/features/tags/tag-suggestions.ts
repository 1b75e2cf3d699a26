/**
 * Which existing tags to offer for what the person has typed: a tag whose
 * path contains the text, or — for Latin letters and digits — whose pinyin
 * initials contain it ("cyzc" or "cy" → 产业政策). Paths whose name or
 * initials start with the text come first.
 */
import { pinyinInitials } from './pinyin-initials'

/** One offered tag; `byInitials` when only its pinyin initials matched. */
export interface TagSuggestion {
  path: string
  byInitials: boolean
}

const ABBREVIATION = /^[a-z0-9/]+$/

/** The initials of each path, computed once per path string. */
const initialsCache = new Map<string, string>()
function initialsOf(path: string): string {
  let s = initialsCache.get(path)
  if (s === undefined) {
    s = pinyinInitials(path)
    initialsCache.set(path, s)
  }
  return s
}

/** True when `text` starts at the start of `hay` or of one of its path parts. */
function startsPart(hay: string, text: string): boolean {
  return hay.startsWith(text) || hay.includes(`/${text}`)
}

/** How well a path matches the typed text (0 best), or null for no match. */
function rankOf(path: string, text: string, abbreviation: boolean): number | null {
  const lower = path.toLowerCase()
  if (lower.includes(text)) return startsPart(lower, text) ? 0 : 2
  if (!abbreviation) return null
  const initials = initialsOf(path)
  if (!initials.includes(text)) return null
  return startsPart(initials, text) ? 1 : 3
}

/** The typed text as matched: trimmed, lowercased, without spaces. */
function normalise(typed: string): string {
  return typed.trim().toLowerCase().replace(/\s+/g, '')
}

/**
 * True when `typed` finds the tag `path`, by substring or pinyin initials;
 * empty text finds every tag.
 */
export function tagMatches(path: string, typed: string): boolean {
  const text = normalise(typed)
  return text === '' || rankOf(path, text, ABBREVIATION.test(text)) !== null
}

/**
 * Up to `limit` tag paths matching `typed`, leaving out `exclude` (the tags
 * already chosen). An empty `typed` offers nothing.
 */
export function suggestTags(
  paths: readonly string[],
  typed: string,
  exclude: readonly string[] = [],
  limit = 8,
): TagSuggestion[] {
  const text = normalise(typed)
  if (!text) return []
  const abbreviation = ABBREVIATION.test(text)
  const ranked: { s: TagSuggestion; rank: number }[] = []
  for (const path of paths) {
    if (exclude.includes(path)) continue
    const rank = rankOf(path, text, abbreviation)
    if (rank !== null) ranked.push({ s: { path, byInitials: rank % 2 === 1 }, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.s.path.localeCompare(b.s.path, 'zh-Hans-CN'))
  return ranked.slice(0, limit).map((r) => r.s)
}
