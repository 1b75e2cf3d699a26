/**
 * Highlights repository: functions that take the connection; callers own
 * transactions. Rows are written with their offsets and quote selector
 * already computed (see core/highlights for the operations a person does).
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { AnchorStatus, Highlight, HighlightColor } from '@shared/highlight'
import { AppException } from '@shared/result'
import { listTags, setHighlightTags } from './tags'

interface HighlightRow {
  id: number
  article_id: number
  start_offset: number
  end_offset: number
  exact: string
  prefix: string
  suffix: string
  color: string
  note_json: string | null
  note_text: string
  anchor_status: string
  created_at: string
  updated_at: string
}

/** A highlight as written: everything but the id and timestamps may be chosen by the caller. */
export interface HighlightRecord {
  articleId: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  color: HighlightColor
  noteJson: string | null
  noteText: string
  anchor: AnchorStatus
}

/** Inserts a highlight (with `id` when restoring a deleted one) and its tags; returns the id. */
export function insertHighlight(
  db: Database,
  h: HighlightRecord & { id?: number; tags: readonly string[]; createdAt?: string },
  now: string,
): number {
  const info = statement(
    db,
    `INSERT INTO highlights (id, article_id, start_offset, end_offset, exact, prefix, suffix, color,
         note_json, note_text, anchor_status, created_at, updated_at)
       VALUES (@id, @articleId, @start, @end, @exact, @prefix, @suffix, @color,
         @noteJson, @noteText, @anchor, @createdAt, @now)`,
  ).run({
    id: h.id ?? null,
    articleId: h.articleId,
    start: h.start,
    end: h.end,
    exact: h.exact,
    prefix: h.prefix,
    suffix: h.suffix,
    color: h.color,
    noteJson: h.noteJson,
    noteText: h.noteText,
    anchor: h.anchor,
    createdAt: h.createdAt ?? now,
    now,
  })
  const id = Number(info.lastInsertRowid)
  setHighlightTags(db, id, h.tags, now)
  return id
}

/** Overwrites the stored fields of highlight `id`; throws NOT_FOUND for an unknown id. */
export function writeHighlight(db: Database, id: number, h: HighlightRecord, now: string): void {
  const info = statement(
    db,
    `UPDATE highlights SET start_offset = @start, end_offset = @end, exact = @exact,
         prefix = @prefix, suffix = @suffix, color = @color, note_json = @noteJson,
         note_text = @noteText, anchor_status = @anchor, updated_at = @now
       WHERE id = @id`,
  ).run({
    id,
    now,
    start: h.start,
    end: h.end,
    exact: h.exact,
    prefix: h.prefix,
    suffix: h.suffix,
    color: h.color,
    noteJson: h.noteJson,
    noteText: h.noteText,
    anchor: h.anchor,
  })
  if (info.changes === 0) throw new AppException('NOT_FOUND', `No highlight with id ${id}`)
}

export function deleteHighlightRow(db: Database, id: number): void {
  statement(db, 'DELETE FROM highlights WHERE id = ?').run(id)
}

function toHighlights(db: Database, rows: HighlightRow[]): Highlight[] {
  if (!rows.length) return []
  const tagNames = new Map(listTags(db).map((t) => [t.id, t.name]))
  const tagsOf = statement(db, 'SELECT tag_id FROM highlight_tags WHERE highlight_id = ?')
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    start: r.start_offset,
    end: r.end_offset,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    color: r.color as HighlightColor,
    noteJson: r.note_json,
    noteText: r.note_text,
    tags: (tagsOf.all(r.id) as { tag_id: number }[])
      .map((t) => tagNames.get(t.tag_id) ?? '')
      .sort((a, b) => a.localeCompare(b, 'zh-CN')),
    anchor: r.anchor_status as AnchorStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

/** One highlight; throws NOT_FOUND for an unknown id. */
export function getHighlight(db: Database, id: number): Highlight {
  const row = statement(db, 'SELECT * FROM highlights WHERE id = ?').get(id) as
    HighlightRow | undefined
  if (!row) throw new AppException('NOT_FOUND', `No highlight with id ${id}`)
  return toHighlights(db, [row])[0]!
}

/** Highlights in document order (by article, start, longer first); all articles when no id. */
export function listHighlights(db: Database, articleId?: number): Highlight[] {
  const order = 'ORDER BY article_id, start_offset, end_offset DESC, id'
  const rows = (
    articleId === undefined
      ? statement(db, `SELECT * FROM highlights ${order}`).all()
      : statement(db, `SELECT * FROM highlights WHERE article_id = ? ${order}`).all(articleId)
  ) as HighlightRow[]
  return toHighlights(db, rows)
}

/** The highlight of `articleId` over exactly [start, end) quoting `exact`, if there is one. */
export function findHighlightAt(
  db: Database,
  articleId: number,
  range: { start: number; end: number; exact: string },
): Highlight | undefined {
  const row = statement(
    db,
    `SELECT * FROM highlights WHERE article_id = ? AND start_offset = ? AND end_offset = ?
       AND exact = ? ORDER BY id LIMIT 1`,
  ).get(articleId, range.start, range.end, range.exact) as HighlightRow | undefined
  return row ? toHighlights(db, [row])[0] : undefined
}
