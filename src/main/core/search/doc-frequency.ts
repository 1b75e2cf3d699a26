/**
 * Document frequencies for BM25's idf, estimated from a bounded read of the
 * index: a term's newest SAMPLE matches in the group. A term with fewer
 * matches is counted exactly; for a commoner one, the share of the group's
 * id range those matches span gives the estimate (documents are spread over
 * ids much as they are over time). Idf only weighs terms against each other,
 * which an estimate does as well as a count that reads the whole doclist.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../db/statements'
import { HIGHLIGHT_BASE, type Group } from './candidates'
import type { TermMatch } from './fts-match'

/** Matches read per term at most. */
export const SAMPLE = 200

export interface GroupSize {
  /** Documents in the group (its id range, which deletions only widen). */
  n: number
  /** The group's highest id, or 0 when it is empty. */
  maxId: number
}

/** The size of one group, from its first and last id. */
export function groupSize(db: Database, group: Group): GroupSize {
  // Two subqueries: each reads one end of the primary key (min and max together scan the table).
  const r = statement(
    db,
    `SELECT (SELECT min(id) FROM ${group}) AS lo, (SELECT max(id) FROM ${group}) AS hi`,
  ).get() as {
    lo: number | null
    hi: number | null
  }
  if (r.lo === null || r.hi === null) return { n: 0, maxId: 0 }
  return { n: r.hi - r.lo + 1, maxId: r.hi }
}

/** How many documents of `group` contain `term` (exactly when fewer than SAMPLE do). */
export function estimateDf(db: Database, group: Group, size: GroupSize, term: TermMatch): number {
  const base = group === 'highlights' ? HIGHLIGHT_BASE : 0
  // The range is written into the SQL: bound from JS, 2^40 arrives as a REAL, which FTS5
  // ignores as a rowid limit, and a newest-first scan of articles would then start at the
  // end of the doclist and step back over every highlight first.
  const sql = `SELECT count(*) AS n, min(rowid) AS last FROM (SELECT rowid FROM ${term.table}
    WHERE ${term.table} MATCH @match AND rowid >= ${base} AND rowid < ${base + HIGHLIGHT_BASE}
    ORDER BY rowid DESC LIMIT ${SAMPLE})`
  const r = statement(db, sql).get({ match: term.match }) as { n: number; last: number | null }
  if (r.n < SAMPLE || r.last === null) return r.n
  const spanned = size.maxId - (r.last - base) + 1
  return Math.min(size.n, Math.round((r.n * size.n) / Math.max(1, spanned)))
}
