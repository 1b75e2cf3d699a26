/**
 * Briefings repository: functions that take the connection; callers own
 * transactions. Items are ordered by `position` (0, 1, 2 … rewritten whole
 * on reorder); an item is a heading (heading set) or a quote (highlight_id
 * set; NULL again once that highlight is deleted).
 */
import type { Database } from 'better-sqlite3'
import type { CitationStyle } from '@shared/calls/briefings'
import { AppException } from '@shared/result'
import { statement } from '../statements'

export interface BriefingRow {
  id: number
  title: string
  body_json: string | null
  body_text: string
  citation_style: CitationStyle
  deleted_at: string | null
  created_at: string
  updated_at: string
}

export interface BriefingItemRow {
  id: number
  briefing_id: number
  position: number
  highlight_id: number | null
  heading: string | null
  comment_json: string | null
  comment_text: string
}

/** The briefing row; NOT_FOUND for an unknown id, or a deleted one unless `withDeleted`. */
export function briefingRow(db: Database, id: number, withDeleted = false): BriefingRow {
  const row = statement(db, 'SELECT * FROM briefings WHERE id = ?').get(id) as
    BriefingRow | undefined
  if (!row || (row.deleted_at !== null && !withDeleted))
    throw new AppException('NOT_FOUND', `No briefing with id ${id}`)
  return row
}

/** Briefings not deleted, most recently changed first, with their quote counts. */
export function listBriefingRows(db: Database): (BriefingRow & { quotes: number })[] {
  return statement(
    db,
    `SELECT b.*, (SELECT count(*) FROM briefing_items i
                  WHERE i.briefing_id = b.id AND i.highlight_id IS NOT NULL) AS quotes
       FROM briefings b WHERE b.deleted_at IS NULL ORDER BY b.updated_at DESC, b.id DESC`,
  ).all() as (BriefingRow & { quotes: number })[]
}

export function insertBriefing(
  db: Database,
  b: { title: string; bodyJson: string | null; bodyText: string; citation: CitationStyle },
  now: string,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO briefings (title, body_json, body_text, citation_style, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(b.title, b.bodyJson, b.bodyText, b.citation, now, now).lastInsertRowid,
  )
}

/** Writes the briefing's own fields and touches updated_at. */
export function writeBriefing(db: Database, row: BriefingRow, now: string): void {
  statement(
    db,
    `UPDATE briefings SET title = ?, body_json = ?, body_text = ?, citation_style = ?,
       deleted_at = ?, updated_at = ? WHERE id = ?`,
  ).run(row.title, row.body_json, row.body_text, row.citation_style, row.deleted_at, now, row.id)
}

export function itemRows(db: Database, briefingId: number): BriefingItemRow[] {
  return statement(
    db,
    'SELECT * FROM briefing_items WHERE briefing_id = ? ORDER BY position, id',
  ).all(briefingId) as BriefingItemRow[]
}

/** Appends an item after the last one; returns its id. */
export function appendItem(
  db: Database,
  briefingId: number,
  item: Pick<BriefingItemRow, 'highlight_id' | 'heading' | 'comment_json' | 'comment_text'>,
): number {
  const next = (
    statement(
      db,
      'SELECT coalesce(max(position) + 1, 0) AS p FROM briefing_items WHERE briefing_id = ?',
    ).get(briefingId) as { p: number }
  ).p
  return Number(
    statement(
      db,
      `INSERT INTO briefing_items (briefing_id, position, highlight_id, heading, comment_json, comment_text)
         VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(briefingId, next, item.highlight_id, item.heading, item.comment_json, item.comment_text)
      .lastInsertRowid,
  )
}

export function writeItem(db: Database, row: BriefingItemRow): void {
  statement(
    db,
    `UPDATE briefing_items SET position = ?, heading = ?, comment_json = ?, comment_text = ?
       WHERE id = ? AND briefing_id = ?`,
  ).run(row.position, row.heading, row.comment_json, row.comment_text, row.id, row.briefing_id)
}

export function deleteItem(db: Database, briefingId: number, itemId: number): void {
  statement(db, 'DELETE FROM briefing_items WHERE id = ? AND briefing_id = ?').run(
    itemId,
    briefingId,
  )
}
