/** Finding articles by what a shared annotation file says about them: content hash, title. */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

/** Ids of the articles whose text has this content hash, oldest first. */
export function articleIdsByContentHash(db: Database, contentHash: string): number[] {
  return (
    statement(db, 'SELECT id FROM articles WHERE content_hash = ? ORDER BY id').all(
      contentHash,
    ) as { id: number }[]
  ).map((r) => r.id)
}

/** Ids of the articles with exactly this title (trimmed), oldest first. */
export function articleIdsByTitle(db: Database, title: string): number[] {
  return (
    statement(db, 'SELECT id FROM articles WHERE trim(title) = ? ORDER BY id').all(
      title.trim(),
    ) as {
      id: number
    }[]
  ).map((r) => r.id)
}
