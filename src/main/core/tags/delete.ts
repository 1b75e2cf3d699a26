/**
 * Deleting a tag with its sub-tags. The highlights and articles that carried
 * them stay; the foreign keys' cascades remove the links, and the search
 * triggers re-index those documents in the same transaction.
 */
import type { Database } from 'better-sqlite3'
import type { TagDeleteImpact } from '@shared/calls/tags'
import { statement } from '../db/statements'
import { requireTag, tagPath } from './tree'

const IMPACT_SQL = `
WITH RECURSIVE tree(id) AS (
  SELECT ? UNION ALL SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
SELECT (SELECT count(*) FROM tree) AS tags,
       (SELECT count(DISTINCT highlight_id) FROM highlight_tags WHERE tag_id IN tree) AS highlights,
       (SELECT count(DISTINCT article_id) FROM article_tags WHERE tag_id IN tree) AS articles`

/** What deleting tag `id` would remove: the tags, and how many highlights/articles lose a tag. */
export function tagDeleteImpact(db: Database, id: number): TagDeleteImpact {
  requireTag(db, id)
  const counts = statement(db, IMPACT_SQL).get(id) as Omit<TagDeleteImpact, 'id' | 'path'>
  return { id, path: tagPath(db, id), ...counts }
}

/** Deletes tag `id` and its sub-tags in one transaction; returns what was removed. */
export function deleteTag(db: Database, id: number): TagDeleteImpact {
  return db.transaction(() => {
    const impact = tagDeleteImpact(db, id)
    statement(db, 'DELETE FROM tags WHERE id = ?').run(id)
    return impact
  })()
}
