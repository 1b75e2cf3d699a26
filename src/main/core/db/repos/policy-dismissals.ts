/**
 * Dismissed policy suggestions: what was dismissed in an article, described
 * as a highlight is (label, exact text, prefix and suffix, and the position
 * it had), so it can be recognised again after the text was corrected.
 * Functions take the connection; callers own transactions.
 */
import type { Database } from 'better-sqlite3'
import type { PolicyKind } from '@shared/calls/policy'
import { statement } from '../statements'

/** A dismissed suggestion as stored. */
export interface Dismissal {
  kind: PolicyKind
  label: string
  exact: string
  prefix: string
  suffix: string
  /** Where it was when dismissed (UTF-16 offsets into the article text of that time). */
  start: number
  end: number
}

/** The dismissals of an article, in the order they were made. */
export function listDismissals(db: Database, articleId: number): Dismissal[] {
  return statement(
    db,
    `SELECT kind, label, exact, prefix, suffix, start_offset AS start, end_offset AS "end"
       FROM policy_dismissals WHERE article_id = ? ORDER BY id`,
  ).all(articleId) as Dismissal[]
}

/** Stores a dismissal. */
export function insertDismissal(db: Database, articleId: number, d: Dismissal, now: string): void {
  statement(
    db,
    `INSERT INTO policy_dismissals
       (article_id, start_offset, end_offset, kind, label, exact, prefix, suffix, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(articleId, d.start, d.end, d.kind, d.label, d.exact, d.prefix, d.suffix, now)
}
