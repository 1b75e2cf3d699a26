/**
 * An article's own tags (distinct from its highlights' tags), read and
 * replaced by path. Replacing touches only the tags that change, so an
 * article is re-indexed for search once per added or removed tag, not per tag.
 */
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { statement } from '../db/statements'
import { ensureTag } from '../db/repos/tags'
import { comparePaths, loadTags, pathIn } from './tree'

function requireArticle(db: Database, articleId: number): void {
  if (!statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
    throw new AppException('NOT_FOUND', `No article with id ${articleId}`)
  }
}

/** Full paths of article `articleId`'s tags, in tree order; NOT_FOUND for no such article. */
export function articleTags(db: Database, articleId: number): string[] {
  requireArticle(db, articleId)
  const ids = statement(db, 'SELECT tag_id FROM article_tags WHERE article_id = ?').all(
    articleId,
  ) as { tag_id: number }[]
  if (!ids.length) return []
  const tags = loadTags(db)
  return ids.map((r) => pathIn(tags, r.tag_id)).sort(comparePaths)
}

/** Replaces article `articleId`'s tags by `paths` ("a/b"), creating missing tags; returns the new list. */
export function setArticleTags(
  db: Database,
  articleId: number,
  paths: readonly string[],
): string[] {
  for (const p of paths) {
    if (p.split('/').some((part) => !part.trim())) {
      throw new AppException('INVALID_INPUT', `A tag path has an empty part: "${p}"`)
    }
  }
  return db.transaction(() => {
    requireArticle(db, articleId)
    const now = new Date().toISOString()
    const wanted = new Set(paths.map((p) => ensureTag(db, p, now)))
    const current = new Set(
      (
        statement(db, 'SELECT tag_id FROM article_tags WHERE article_id = ?').all(articleId) as {
          tag_id: number
        }[]
      ).map((r) => r.tag_id),
    )
    const remove = statement(db, 'DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?')
    for (const id of current) if (!wanted.has(id)) remove.run(articleId, id)
    const add = statement(db, 'INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)')
    for (const id of wanted) if (!current.has(id)) add.run(articleId, id)
    return articleTags(db, articleId)
  })()
}
