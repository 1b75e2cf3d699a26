/** Helpers for search tests: writing rows directly, as other features' code would. */
import type { Database } from 'better-sqlite3'
import { insertArticle } from '../db/repos/articles'

const NOW = '2024-05-01T00:00:00.000Z'

export function addArticle(
  db: Database,
  title: string,
  text: string,
  extra: { publication?: string; publishedOn?: string } = {},
): number {
  return insertArticle(
    db,
    {
      sourceId: null,
      position: 0,
      title,
      publication: extra.publication ?? null,
      publishedOn: extra.publishedOn ?? null,
      blocks: text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t })),
    },
    NOW,
  )
}

export function addHighlight(
  db: Database,
  articleId: number,
  exact: string,
  opts: { note?: string; color?: string; start?: number } = {},
): number {
  const start = opts.start ?? 0
  const info = db
    .prepare(
      `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      articleId,
      start,
      start + Math.max(1, exact.length),
      exact,
      opts.color ?? 'yellow',
      opts.note ?? '',
      NOW,
      NOW,
    )
  return Number(info.lastInsertRowid)
}

export function addTag(db: Database, name: string, parentId: number | null = null): number {
  return Number(
    db
      .prepare('INSERT INTO tags (parent_id, name, created_at) VALUES (?, ?, ?)')
      .run(parentId, name, NOW).lastInsertRowid,
  )
}
