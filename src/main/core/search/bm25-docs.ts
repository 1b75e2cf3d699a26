/**
 * The window's documents as BM25 needs them (rank.ts): each one's length and
 * how often each positive term occurs in its folded text — the same text
 * and the same folding that decide what matches, so a document counts every
 * occurrence its match rests on (a traditional form, a full-width letter).
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../db/statements'
import { fold } from './fold'
import type { RankDoc } from './rank'

/** Non-overlapping occurrences of `needle` in `folded`. */
export function occurrences(folded: string, needle: string): number {
  if (!needle) return 0
  let n = 0
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) n++
  return n
}

/** A document made of folded fields, with each needle counted in every field. */
export function rankDoc(
  id: number,
  foldedFields: readonly string[],
  needles: readonly string[],
): RankDoc {
  let length = 0
  for (const f of foldedFields) length += f.length
  return {
    id,
    length,
    tf: needles.map((n) => foldedFields.reduce((sum, f) => sum + occurrences(f, n), 0)),
  }
}

/**
 * Highlights `ids` (in that order) as ranking documents: quote, note and tag
 * names, as indexed. Highlights are short, so reading a few hundred is cheap.
 */
export function highlightRankDocs(
  db: Database,
  ids: readonly number[],
  needles: readonly string[],
): RankDoc[] {
  const rows = statement(
    db,
    `SELECT d.id AS id, d.body AS body FROM json_each(@ids) j JOIN search_highlight_docs d ON d.id = j.value`,
  ).all({ ids: JSON.stringify(ids) }) as { id: number; body: string }[]
  const bodies = new Map(rows.map((r) => [r.id, r.body]))
  return ids.flatMap((id) => {
    const body = bodies.get(id)
    return body === undefined ? [] : [rankDoc(id, [fold(body)], needles)]
  })
}
