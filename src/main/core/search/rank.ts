/**
 * Ranking a window of matches by BM25 over the query's bigram cover.
 *
 * FTS5's bm25() on the matching phrase itself is what made long queries
 * slow: before ranking it counts every document that contains each phrase
 * (a full phrase scan of the whole index), then matches positions row by
 * row. Ranking instead asks FTS5 for bm25() of the cover bigrams (see
 * fts-match.ts: every second bigram of each run, plus the last), AND-ed as
 * plain tokens, restricted to the rowid range of the window — the newest
 * matches the exact lookup already found. Token counts come from doclist
 * sizes and no positions are compared, so ranking costs about as much as
 * reading those rows' doclists. Documents are read nowhere: article texts
 * are long and reading them is the slowest thing a search can do.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../db/statements'

const RANK_SQL = `SELECT rowid AS rid, bm25(search_grams) AS score FROM search_grams
  WHERE search_grams MATCH @rank AND rowid >= @lo AND rowid <= @hi`

/**
 * The best `limit` of `ids` (group ids, newest first, documents at rowid
 * id + `base`): lowest BM25 score (most relevant) first, ties newest first.
 */
export function rankByBm25(
  db: Database,
  rank: string,
  base: number,
  ids: readonly number[],
  limit: number,
): number[] {
  if (ids.length <= 1) return ids.slice(0, limit)
  let lo = Infinity
  let hi = -Infinity
  for (const id of ids) {
    lo = Math.min(lo, id)
    hi = Math.max(hi, id)
  }
  const scores = new Map<number, number>()
  const rows = statement(db, RANK_SQL).all({ rank, lo: lo + base, hi: hi + base }) as {
    rid: number
    score: number
  }[]
  for (const r of rows) scores.set(r.rid - base, r.score)
  return ids
    .map((id, order) => ({ id, order, score: scores.get(id) ?? 0 }))
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, limit)
    .map((d) => d.id)
}
