/** Sources repository: one row per imported file, keyed by the sha256 of its bytes. */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

export interface NewSource {
  path: string | null
  fileName: string
  sha256: string
  format: string
  encoding: string | null
  byteSize: number
}

export function insertSource(db: Database, s: NewSource, now: string): number {
  const info = statement(
    db,
    `INSERT INTO sources (path, file_name, sha256, format, encoding, byte_size, imported_at)
       VALUES (@path, @fileName, @sha256, @format, @encoding, @byteSize, @now)`,
  ).run({ ...s, now })
  return Number(info.lastInsertRowid)
}

/** The articles already imported from a file with these bytes, or null if none. */
export function findSourceBySha(
  db: Database,
  sha256: string,
): { id: number; articleIds: number[] } | null {
  const row = statement(db, 'SELECT id FROM sources WHERE sha256 = ?').get(sha256) as
    { id: number } | undefined
  if (!row) return null
  const ids = statement(db, 'SELECT id FROM articles WHERE source_id = ? ORDER BY position').all(
    row.id,
  ) as { id: number }[]
  return { id: row.id, articleIds: ids.map((r) => r.id) }
}
