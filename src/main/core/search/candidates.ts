/**
 * Builds the SQL that finds matching documents of one group (highlights or
 * articles): the FTS lookup planned from the terms, the substring check for
 * terms the index cannot decide alone, and the filters. Fragments are fixed
 * strings; every value is a bound parameter.
 *
 * The FTS table drives the query (it is the outer loop), so with recency
 * order FTS5 hands rows over newest first and LIMIT stops early; relevance
 * is computed afterwards on that bounded window (rank.ts). A tag filter
 * drives instead: the documents carrying the tag tree are a small set, read
 * newest first against the index lookups materialised once — scanning the
 * index for a common bigram until enough tagged rows turn up costs far more.
 */
import type { Conditions } from './filters'
import type { MatchPlan } from './fts-match'
import type { Term } from './query'

/** Highlight documents have rowid = highlight id + HIGHLIGHT_BASE. */
export const HIGHLIGHT_BASE = 2 ** 40

export type Group = 'highlights' | 'articles'

export interface CandidateSql {
  /** `FROM …` with the FTS table as `s` (or the group's table when no index term applies). */
  from: string
  /** The document id within its group, as an SQL expression. */
  rid: string
  where: string[]
  params: Record<string, string | number>
  /** The group's rowid offset in the FTS tables (0 or HIGHLIGHT_BASE). */
  base: number
  /** ORDER BY expression for newest first. */
  recency: string
  /** True when `where` has conditions beyond the FTS lookup (filters, substring checks). */
  filtered: boolean
}

export function candidateSql(
  group: Group,
  terms: readonly Term[],
  plan: MatchPlan,
  filters: Conditions,
): CandidateSql {
  const base = group === 'highlights' ? HIGHLIGHT_BASE : 0
  const range = (col: string): string => `${col} >= ${base} AND ${col} < ${base + HIGHLIGHT_BASE}`
  const params: Record<string, string | number> = { ...filters.params }
  const where: string[] = []
  const extra: string[] = [...filters.sql]
  let from: string
  let rid = `s.rowid - ${base}`
  let recency = 's.rowid DESC'
  const member = (table: string, param: string, value: string): void => {
    extra.push(`s.id + ${base} IN (SELECT rowid FROM ${table}
      WHERE ${table} MATCH @${param} AND ${range('rowid')})`)
    params[param] = value
  }
  if (filters.driver !== null) {
    // A small filter set drives; the index lookups are read once, as sets.
    from = `FROM ${group} s`
    rid = 's.id'
    recency = 's.id DESC'
    where.push(`s.id IN (${filters.driver})`)
    if (plan.grams !== null) member('search_grams', 'grams', plan.grams)
    if (plan.chars !== null) member('search_chars', 'chars', plan.chars)
  } else if (plan.grams !== null) {
    from = 'FROM search_grams s'
    where.push(`search_grams MATCH @grams AND ${range('s.rowid')}`)
    params.grams = plan.grams
    if (plan.chars !== null) {
      extra.push(`s.rowid IN (SELECT rowid FROM search_chars
        WHERE search_chars MATCH @chars AND ${range('rowid')})`)
      params.chars = plan.chars
    }
  } else if (plan.chars !== null) {
    from = 'FROM search_chars s'
    where.push(`search_chars MATCH @chars AND ${range('s.rowid')}`)
    params.chars = plan.chars
  } else {
    from = `FROM ${group} s`
    rid = 's.id'
    recency = 's.id DESC'
  }
  const ridExpr = rid
  if (plan.notGrams !== null) {
    extra.push(`${ridExpr} + ${base} NOT IN (SELECT rowid FROM search_grams
      WHERE search_grams MATCH @notGrams AND ${range('rowid')})`)
    params.notGrams = plan.notGrams
  }
  if (plan.notChars !== null) {
    extra.push(`${ridExpr} + ${base} NOT IN (SELECT rowid FROM search_chars
      WHERE search_chars MATCH @notChars AND ${range('rowid')})`)
    params.notChars = plan.notChars
  }
  terms.forEach((t, i) => {
    if (t.exact) return
    extra.push(`instr(pz_fold(d.body), @v${i}) ${t.negative ? '=' : '>'} 0`)
    params[`v${i}`] = t.text
  })
  return {
    from,
    rid,
    where: [...where, ...extra],
    params,
    base,
    recency,
    filtered: extra.length > 0,
  }
}
