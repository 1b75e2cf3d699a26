/**
 * Sources repository: one row per imported file, with the sha256 of its
 * bytes and the hash of its normalised content (for duplicate detection).
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

export interface NewSource {
  path: string | null
  fileName: string
  sha256: string
  format: string
  encoding: string | null
  byteSize: number
  /** Hash of the file's articles' normalised text; see import/content-hash.ts. */
  contentHash: string
}

export function insertSource(db: Database, s: NewSource, now: string): number {
  const info = statement(
    db,
    `INSERT INTO sources (path, file_name, sha256, format, encoding, byte_size, content_hash, imported_at)
       VALUES (@path, @fileName, @sha256, @format, @encoding, @byteSize, @contentHash, @now)`,
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

/**
 * The articles of the earliest source with this content hash that still has
 * articles, or null when the content is not in the library.
 */
export function findArticlesByContentHash(
  db: Database,
  contentHash: string,
): { articleIds: number[]; titles: string[] } | null {
  const rows = statement(
    db,
    `SELECT a.id, a.title FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE s.content_hash = ? AND s.id = (
        SELECT s2.id FROM sources s2 JOIN articles a2 ON a2.source_id = s2.id
         WHERE s2.content_hash = ? ORDER BY s2.id LIMIT 1)
      ORDER BY a.position`,
  ).all(contentHash, contentHash) as { id: number; title: string }[]
  if (rows.length === 0) return null
  return { articleIds: rows.map((r) => r.id), titles: rows.map((r) => r.title) }
}
