/**
 * Find in article: where a query occurs in the article text, compared as
 * search compares (shared text-fold: full-width and half-width forms, quote
 * and dash variants, letter case). Folding keeps every UTF-16 offset, so the
 * matches are offsets into the original text. Chinese needs no word
 * boundaries: any run of characters matches where it occurs.
 */
import { fold } from '@shared/text-fold'

export interface TextMatch {
  start: number
  end: number
}

/** At most this many matches are reported (and drawn). */
export const MAX_MATCHES = 2000

/** Non-overlapping matches of `query` (trimmed) in `text`, in order; none for a blank query. */
export function findMatches(text: string, query: string, limit = MAX_MATCHES): TextMatch[] {
  const q = fold(query.trim())
  if (!q) return []
  const folded = fold(text)
  const out: TextMatch[] = []
  for (
    let at = folded.indexOf(q);
    at >= 0 && out.length < limit;
    at = folded.indexOf(q, at + q.length)
  ) {
    out.push({ start: at, end: at + q.length })
  }
  return out
}

/** The index of the first match at or after `offset` (wrapping to 0). */
export function firstMatchFrom(matches: readonly TextMatch[], offset: number): number {
  const i = matches.findIndex((m) => m.start >= offset)
  return i < 0 ? 0 : i
}
