/**
 * Builds the SQL that finds matching documents of one group (highlights or
 * articles): the FTS lookup planned from the terms, the substring check for
 * terms the index cannot decide alone, and the filters. Fragments are fixed
 * strings; every value is a bound parameter.
 */
import type { Conditions } from './filters'
import type { MatchPlan } from './fts-match'
import type { Term } from './query'

/** Highlight documents have rowid = highlight id + HIGHLIGHT_BASE. */
export const HIGHLIGHT_BASE = 2 ** 40

export type Group = 'highlights' | 'articles'

export interface CandidateSql {
  /** SELECT of `rid` (document id within the group) and `score` (lower is better). */
  from: string
  where: string[]
  params: Record<string, string | number>
}

/**
 * The source of candidate rows: `hits(rid, score)`, restricted by the FTS
 * plan, plus conditions using `d.body` (the document's searchable text).
 */
export function candidateSql(
  group: Group,
  terms: readonly Term[],
  plan: MatchPlan,
  filters: Conditions,
): CandidateSql {
  const base = group === 'highlights' ? HIGHLIGHT_BASE : 0
  const range = `rowid >= ${base} AND rowid < ${base + HIGHLIGHT_BASE}`
  const params: Record<string, string | number> = { ...filters.params }
  const where = [...filters.sql]
  let from: string
  if (plan.grams !== null) {
    from = `SELECT rowid - ${base} AS rid, bm25(search_grams) AS score FROM search_grams
      WHERE search_grams MATCH @grams AND ${range}`
    params.grams = plan.grams
    if (plan.chars !== null) {
      where.push(`hits.rid + ${base} IN (SELECT rowid FROM search_chars
        WHERE search_chars MATCH @chars AND ${range})`)
      params.chars = plan.chars
    }
  } else if (plan.chars !== null) {
    from = `SELECT rowid - ${base} AS rid, 0 AS score FROM search_chars
      WHERE search_chars MATCH @chars AND ${range}`
    params.chars = plan.chars
  } else {
    from = `SELECT id AS rid, 0 AS score FROM ${group}`
  }
  if (plan.notGrams !== null) {
    where.push(`hits.rid + ${base} NOT IN (SELECT rowid FROM search_grams
      WHERE search_grams MATCH @notGrams AND ${range})`)
    params.notGrams = plan.notGrams
  }
  if (plan.notChars !== null) {
    where.push(`hits.rid + ${base} NOT IN (SELECT rowid FROM search_chars
      WHERE search_chars MATCH @notChars AND ${range})`)
    params.notChars = plan.notChars
  }
  terms.forEach((t, i) => {
    if (t.exact) return
    where.push(`instr(pz_fold(d.body), @v${i}) ${t.negative ? '=' : '>'} 0`)
    params[`v${i}`] = t.text
  })
  return { from, where, params }
}
