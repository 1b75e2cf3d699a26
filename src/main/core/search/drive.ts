/**
 * Which side drives a search with a tag filter: the index lookup, testing
 * each match for the tag, or the tagged documents, looking each up in the
 * index. Both read newest first and stop after COUNT_CAP + 1 matches, so the
 * cost is the rows visited until then — for the index side about
 * (COUNT_CAP + 1) × group size / tagged documents (fewer when the term is
 * rarer than that), for the tag side the tagged documents, each a point
 * lookup that costs about as much as reading LOOKUP_COST doclist rows. Both
 * sizes are estimated from bounded reads, so choosing stays cheap.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../db/statements'
import type { Group } from './candidates'
import { estimateDf, groupSize } from './doc-frequency'
import type { Conditions } from './filters'
import type { MatchPlan } from './fts-match'

/** A point lookup in the index, measured in doclist rows read (a seek, then the expression). */
const LOOKUP_COST = 8
/** Tagged documents are counted up to this many; beyond, the index side always wins. */
const MEMBER_SAMPLE = 5000

/** True when the filter's member set should drive the query rather than the index lookup. */
export function driveByMember(
  db: Database,
  group: Group,
  plan: MatchPlan,
  filters: Conditions,
  matchesWanted: number,
): boolean {
  if (filters.member === null) return false
  const lookup =
    plan.grams !== null
      ? { table: 'search_grams' as const, match: plan.grams }
      : plan.chars !== null
        ? { table: 'search_chars' as const, match: plan.chars }
        : null
  if (lookup === null) return true
  const { n: members } = statement(
    db,
    `SELECT count(*) AS n FROM (${filters.member.set} LIMIT ${MEMBER_SAMPLE})`,
  ).get(filters.params) as { n: number }
  if (members === 0) return true
  if (members >= MEMBER_SAMPLE) return false
  const size = groupSize(db, group)
  const df = estimateDf(db, group, size, lookup)
  const byIndex = Math.min(df, (matchesWanted * size.n) / members)
  return members * LOOKUP_COST <= byIndex
}
