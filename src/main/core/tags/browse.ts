/**
 * The tag browser: every tag with its path, colour and counts. Counts come
 * from one query over the tree's closure (a recursive CTE), so a highlight or
 * article tagged twice inside one sub-tree is counted once there.
 */
import type { Database } from 'better-sqlite3'
import { TagColor, type TagSummary } from '@shared/calls/tags'
import { statement } from '../db/statements'
import { comparePaths, loadTags, pathIn, requireTag, tagPath } from './tree'

interface CountRow {
  id: number
  highlights: number
  articles: number
  highlightsWithin: number
  articlesWithin: number
  descendants: number
}

const COUNTS_SQL = `
WITH RECURSIVE closure(ancestor, tag) AS (
  SELECT id, id FROM tags
  UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN tags t ON t.parent_id = c.tag),
direct_h(id, n) AS (SELECT tag_id, count(*) FROM highlight_tags GROUP BY tag_id),
direct_a(id, n) AS (SELECT tag_id, count(*) FROM article_tags GROUP BY tag_id),
within_h(id, n) AS (
  SELECT c.ancestor, count(DISTINCT x.highlight_id)
    FROM closure c JOIN highlight_tags x ON x.tag_id = c.tag GROUP BY c.ancestor),
within_a(id, n) AS (
  SELECT c.ancestor, count(DISTINCT x.article_id)
    FROM closure c JOIN article_tags x ON x.tag_id = c.tag GROUP BY c.ancestor),
below(id, n) AS (SELECT ancestor, count(*) - 1 FROM closure GROUP BY ancestor)
SELECT t.id AS id,
       coalesce(dh.n, 0) AS highlights,
       coalesce(da.n, 0) AS articles,
       coalesce(wh.n, 0) AS highlightsWithin,
       coalesce(wa.n, 0) AS articlesWithin,
       coalesce(b.n, 0) AS descendants
  FROM tags t
  LEFT JOIN direct_h dh ON dh.id = t.id
  LEFT JOIN direct_a da ON da.id = t.id
  LEFT JOIN within_h wh ON wh.id = t.id
  LEFT JOIN within_a wa ON wa.id = t.id
  LEFT JOIN below b ON b.id = t.id`

/** A stored colour as the contract knows it (anything outside the palette reads as none). */
function colorOf(stored: string | null): TagColor | null {
  const parsed = TagColor.safeParse(stored)
  return parsed.success ? parsed.data : null
}

/** Every tag with its counts, in tree order (parents first, siblings collated). */
export function browseTags(db: Database): TagSummary[] {
  const tags = loadTags(db)
  const counts = statement(db, COUNTS_SQL).all() as CountRow[]
  return counts
    .map((c) => {
      const row = tags.get(c.id)!
      return {
        id: c.id,
        path: pathIn(tags, c.id),
        name: row.name,
        parentId: row.parentId,
        color: colorOf(row.color),
        highlights: c.highlights,
        articles: c.articles,
        highlightsWithin: c.highlightsWithin,
        articlesWithin: c.articlesWithin,
        descendants: c.descendants,
      }
    })
    .sort((a, b) => comparePaths(a.path, b.path))
}

const ONE_SQL = `
WITH RECURSIVE tree(id) AS (
  SELECT @id UNION ALL SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
SELECT (SELECT count(*) FROM highlight_tags WHERE tag_id = @id) AS highlights,
       (SELECT count(*) FROM article_tags WHERE tag_id = @id) AS articles,
       (SELECT count(DISTINCT highlight_id) FROM highlight_tags WHERE tag_id IN tree) AS highlightsWithin,
       (SELECT count(DISTINCT article_id) FROM article_tags WHERE tag_id IN tree) AS articlesWithin,
       (SELECT count(*) - 1 FROM tree) AS descendants`

/**
 * Tag `id` as the browser shows it (the same numbers as `browseTags`, counted
 * over its sub-tree only); NOT_FOUND when there is none.
 */
export function tagSummary(db: Database, id: number): TagSummary {
  const row = requireTag(db, id)
  const counts = statement(db, ONE_SQL).get({ id }) as Omit<CountRow, 'id'>
  return {
    id,
    path: tagPath(db, id),
    name: row.name,
    parentId: row.parentId,
    color: colorOf(row.color),
    ...counts,
  }
}
