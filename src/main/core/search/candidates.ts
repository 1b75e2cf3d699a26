/**
 * Builds the SQL that finds matching documents of one group (highlights or
 * articles): the FTS lookup planned from the terms, the substring check for
 * terms the index cannot decide alone, and the filters. Fragments are fixed
 * strings; every value is a bound parameter.
 *
 * The FTS table drives the query (it is the outer loop), so with recency
 * order FTS5 hands rows over newest first and LIMIT stops early; relevance
 * is computed afterwards on that bounded window (rank.ts). A tag filter may
 * drive instead, when its documents are few enough (drive.ts).
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
  /**
   * True when `where` reads the group's row (`h` or `a`: filters on its
   * columns) or its document body (`d`: substring checks), which must be joined.
   */
  needsRow: boolean
}

/**
 * The documents of `group` matching `terms` and `filters`. With
 * `driveByMember`, the filter's member set (a tag) is read newest first and
 * each of its documents is looked up in the index; otherwise the index
 * lookup drives and the set is tested per match (see drive.ts for the choice).
 * Every other index condition is a point lookup of the current document
 * (FTS5 seeks the rowid in the doclist), never a whole doclist read into a
 * set, so a condition costs in proportion to the rows the query visits.
 */
export function candidateSql(
  group: Group,
  terms: readonly Term[],
  plan: MatchPlan,
  filters: Conditions,
  driveByMember: boolean,
): CandidateSql {
  const base = group === 'highlights' ? HIGHLIGHT_BASE : 0
  const range = (col: string): string => `${col} >= ${base} AND ${col} < ${base + HIGHLIGHT_BASE}`
  const params: Record<string, string | number> = { ...filters.params }
  const where: string[] = []
  const extra: string[] = [...filters.sql]
  let from: string
  let rid = `s.rowid - ${base}`
  let recency = 's.rowid DESC'
  const inIndex = (table: string, param: string, value: string, rowid: string): string => {
    params[param] = value
    return `EXISTS (SELECT 1 FROM ${table} x WHERE x.${table} MATCH @${param} AND x.rowid = ${rowid})`
  }
  const member = filters.member
  if (member !== null && driveByMember) {
    from = `FROM ${group} s`
    rid = 's.id'
    recency = 's.id DESC'
    where.push(`s.id IN (${member.set})`)
    if (plan.grams !== null)
      extra.push(inIndex('search_grams', 'grams', plan.grams, `s.id + ${base}`))
    if (plan.chars !== null)
      extra.push(inIndex('search_chars', 'chars', plan.chars, `s.id + ${base}`))
  } else if (plan.grams !== null) {
    from = 'FROM search_grams s'
    where.push(`s.search_grams MATCH @grams AND ${range('s.rowid')}`)
    params.grams = plan.grams
    if (plan.chars !== null) extra.push(inIndex('search_chars', 'chars', plan.chars, 's.rowid'))
  } else if (plan.chars !== null) {
    from = 'FROM search_chars s'
    where.push(`s.search_chars MATCH @chars AND ${range('s.rowid')}`)
    params.chars = plan.chars
  } else {
    from = `FROM ${group} s`
    rid = 's.id'
    recency = 's.id DESC'
    if (member !== null) where.push(`s.id IN (${member.set})`)
  }
  if (member !== null && from.startsWith('FROM search_')) extra.push(member.test(rid))
  for (const set of filters.idSets) extra.push(`${rid} IN (${set})`)
  if (plan.notGrams !== null) {
    extra.push(`NOT ${inIndex('search_grams', 'notGrams', plan.notGrams, `${rid} + ${base}`)}`)
  }
  if (plan.notChars !== null) {
    extra.push(`NOT ${inIndex('search_chars', 'notChars', plan.notChars, `${rid} + ${base}`)}`)
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
    needsRow: filters.sql.length > 0 || terms.some((t) => !t.exact),
  }
}
