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

/** Binds `value` to `@param` and returns an SQL condition on the document. */
type Lookup = (table: string, param: string, value: string, rowid: string) => string

/** What a query reads newest first, and the index conditions that go with that choice. */
interface Driver {
  from: string
  rid: string
  recency: string
  /** The constraint on what is read (an FTS MATCH or a set of ids). */
  where: string[]
  /** Tests on each row read (point lookups, the tag), after the cheaper filters. */
  checks: string[]
  /** The driving lookup's own parameter, when an index lookup drives. */
  params: Record<string, string>
}

function drivingPart(
  group: Group,
  plan: MatchPlan,
  filters: Conditions,
  driveByMember: boolean,
  lookup: Lookup,
): Driver {
  const base = group === 'highlights' ? HIGHLIGHT_BASE : 0
  const member = filters.member
  const byId = (set: string | null): Driver => ({
    from: `FROM ${group} s`,
    rid: 's.id',
    recency: 's.id DESC',
    where: set === null ? [] : [`s.id IN (${set})`],
    checks: [],
    params: {},
  })
  if (member !== null && driveByMember) {
    const d = byId(member.set)
    if (plan.grams !== null)
      d.checks.push(lookup('search_grams', 'grams', plan.grams, `s.id + ${base}`))
    if (plan.chars !== null)
      d.checks.push(lookup('search_chars', 'chars', plan.chars, `s.id + ${base}`))
    return d
  }
  if (plan.grams === null && plan.chars === null) return byId(member?.set ?? null)
  const [table, param, value] =
    plan.grams !== null
      ? ['search_grams', 'grams', plan.grams]
      : ['search_chars', 'chars', plan.chars!]
  const d: Driver = {
    from: `FROM ${table} s`,
    rid: `s.rowid - ${base}`,
    recency: 's.rowid DESC',
    params: { [param]: value },
    checks: [],
    where: [
      `s.${table} MATCH @${param} AND s.rowid >= ${base} AND s.rowid < ${base + HIGHLIGHT_BASE}`,
    ],
  }
  if (plan.grams !== null && plan.chars !== null) {
    d.checks.push(lookup('search_chars', 'chars', plan.chars, 's.rowid'))
  }
  if (member !== null) d.checks.push(member.test(d.rid))
  return d
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
  const params: Record<string, string | number> = { ...filters.params }
  const lookup: Lookup = (table, param, value, rowid) => {
    params[param] = value
    return `EXISTS (SELECT 1 FROM ${table} x WHERE x.${table} MATCH @${param} AND x.rowid = ${rowid})`
  }
  const d = drivingPart(group, plan, filters, driveByMember, lookup)
  Object.assign(params, d.params)
  const where = [...d.where, ...filters.sql]
  for (const set of filters.idSets) where.push(`${d.rid} IN (${set})`)
  where.push(...d.checks)
  const id = `${d.rid} + ${base}`
  if (plan.notGrams !== null)
    where.push(`NOT ${lookup('search_grams', 'notGrams', plan.notGrams, id)}`)
  if (plan.notChars !== null)
    where.push(`NOT ${lookup('search_chars', 'notChars', plan.notChars, id)}`)
  terms.forEach((t, i) => {
    if (t.exact) return
    where.push(`instr(pz_fold(d.body), @v${i}) ${t.negative ? '=' : '>'} 0`)
    params[`v${i}`] = t.text
  })
  return {
    from: d.from,
    rid: d.rid,
    where,
    params,
    base,
    recency: d.recency,
    needsRow: filters.sql.length > 0 || terms.some((t) => !t.exact),
  }
}
