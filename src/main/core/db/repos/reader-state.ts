/**
 * The reader's per-article state: the article's own note and the reading
 * position. Functions take the connection; each write is one statement, so
 * it is atomic on its own. Unknown article ids throw NOT_FOUND.
 */
import type { Database } from 'better-sqlite3'
import type { ArticleNote } from '@shared/calls/reader'
import { AppException } from '@shared/result'
import { statement } from '../statements'

function assertArticle(db: Database, articleId: number): void {
  const row = statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId)
  if (!row) throw new AppException('NOT_FOUND', `No article with id ${articleId}`)
}

/** The article's note; an article without one has `{ json: null, text: '' }`. */
export function getArticleNote(db: Database, articleId: number): ArticleNote {
  assertArticle(db, articleId)
  const row = statement(
    db,
    'SELECT note_json, note_text, updated_at FROM article_notes WHERE article_id = ?',
  ).get(articleId) as
    { note_json: string | null; note_text: string; updated_at: string } | undefined
  if (!row) return { json: null, text: '', updatedAt: null }
  return { json: row.note_json, text: row.note_text, updatedAt: row.updated_at }
}

/**
 * Writes the article's note (search re-indexes the article by trigger, in the
 * same transaction). An empty note (no JSON, blank text) removes the row.
 */
export function saveArticleNote(
  db: Database,
  articleId: number,
  note: { json: string | null; text: string },
  now = new Date().toISOString(),
): ArticleNote {
  return db.transaction(() => {
    assertArticle(db, articleId)
    if (note.json === null && note.text.trim() === '') {
      statement(db, 'DELETE FROM article_notes WHERE article_id = ?').run(articleId)
      return { json: null, text: '', updatedAt: null }
    }
    statement(
      db,
      `INSERT INTO article_notes (article_id, note_json, note_text, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET
           note_json = excluded.note_json, note_text = excluded.note_text, updated_at = excluded.updated_at`,
    ).run(articleId, note.json, note.text, now)
    return { json: note.json, text: note.text, updatedAt: now }
  })()
}

/** Where the person stopped reading (a text offset), or null if never opened. */
export function getReadingPosition(db: Database, articleId: number): number | null {
  assertArticle(db, articleId)
  const row = statement(db, 'SELECT offset FROM reading_positions WHERE article_id = ?').get(
    articleId,
  ) as { offset: number } | undefined
  return row ? row.offset : null
}

/** Remembers the reading position, clamped to the article's text length. */
export function saveReadingPosition(
  db: Database,
  articleId: number,
  offset: number,
  now = new Date().toISOString(),
): number {
  const row = statement(db, 'SELECT length(text) AS n FROM articles WHERE id = ?').get(
    articleId,
  ) as { n: number } | undefined
  if (!row) throw new AppException('NOT_FOUND', `No article with id ${articleId}`)
  const clamped = Math.min(offset, row.n)
  statement(
    db,
    `INSERT INTO reading_positions (article_id, offset, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET offset = excluded.offset, updated_at = excluded.updated_at`,
  ).run(articleId, clamped, now)
  return clamped
}
