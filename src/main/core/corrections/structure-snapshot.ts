/**
 * The state a structural correction (split, merge) changes, captured before
 * it runs and written back by undo: the involved article rows, their
 * highlights' places, tags, notes, policy dismissals, text versions, reading
 * positions, and the positions of
 * every article of the same source. Ids are kept, so briefings and policy
 * mentions that point at highlights stay valid through split, merge and undo.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../db/statements'

type Row = Record<string, unknown>

export interface StructureSnapshot {
  articles: Row[]
  highlights: Row[]
  /** Rows keyed by article_id in the tables of TABLES. */
  keyed: Record<string, Row[]>
  positions: { id: number; position: number }[]
  /** content_hash of each involved article right after the change (undo refuses if it moved on). */
  after: Record<string, string>
}

/** Tables whose rows belong to one article; split and merge move or copy them. */
const TABLES = [
  'article_tags',
  'article_notes',
  'policy_dismissals',
  'article_versions',
  'reading_positions',
] as const

const inList = (ids: readonly number[]): string => ids.map(() => '?').join(', ')

/** Captures the state of `ids` (all of one source, `sourceId`) before a change. */
export function takeSnapshot(
  db: Database,
  ids: readonly number[],
  sourceId: number | null,
): StructureSnapshot {
  const q = (table: string, key: string): Row[] =>
    db.prepare(`SELECT * FROM ${table} WHERE ${key} IN (${inList(ids)})`).all(...ids) as Row[]
  return {
    articles: q('articles', 'id'),
    highlights: db
      .prepare(
        `SELECT id, article_id, start_offset, end_offset, exact, prefix, suffix, anchor_status
           FROM highlights WHERE article_id IN (${inList(ids)})`,
      )
      .all(...ids) as Row[],
    keyed: Object.fromEntries(TABLES.map((t) => [t, q(t, 'article_id')])),
    positions:
      sourceId === null
        ? []
        : (statement(db, 'SELECT id, position FROM articles WHERE source_id = ?').all(sourceId) as {
            id: number
            position: number
          }[]),
    after: {},
  }
}

function insertRow(db: Database, table: string, row: Row): void {
  const cols = Object.keys(row)
  db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`,
  ).run(row)
}

/**
 * Writes `s` back: article rows (re-inserting a merged-away article under its
 * id), highlight places, tags, notes, dismissals and positions. Articles in
 * `created` (made by a split) are deleted after their highlights moved back.
 * The caller owns the transaction and has moved highlights made since.
 */
export function restoreSnapshot(db: Database, s: StructureSnapshot, created: number[]): void {
  const ids = s.articles.map((a) => a.id as number)
  const all = [...ids, ...created]
  for (const table of TABLES) {
    db.prepare(`DELETE FROM ${table} WHERE article_id IN (${inList(all)})`).run(...all)
  }
  const setPlace = statement(
    db,
    `UPDATE highlights SET article_id = @article_id, start_offset = @start_offset,
         end_offset = @end_offset, exact = @exact, prefix = @prefix, suffix = @suffix,
         anchor_status = @anchor_status WHERE id = @id`,
  )
  for (const a of s.articles) {
    const exists = statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(a.id)
    if (!exists) insertRow(db, 'articles', a)
    else {
      const cols = Object.keys(a).filter((c) => c !== 'id')
      db.prepare(
        `UPDATE articles SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ).run(a)
    }
  }
  for (const h of s.highlights) setPlace.run(h)
  for (const id of created) statement(db, 'DELETE FROM articles WHERE id = ?').run(id)
  for (const t of TABLES) for (const r of s.keyed[t] ?? []) insertRow(db, t, r)
  const setPosition = statement(db, 'UPDATE articles SET position = ? WHERE id = ?')
  for (const p of s.positions) setPosition.run(p.position, p.id)
}
