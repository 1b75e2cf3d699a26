/**
 * Reading the tag tree: tag rows, their full paths ("a/b"), sub-trees, and
 * finding a tag by id or path. Every tag-management module builds on these;
 * none of them writes.
 */
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { statement } from '../db/statements'

/** One row of `tags`. */
export interface TagRow {
  id: number
  parentId: number | null
  name: string
  color: string | null
}

const ROW_SQL = 'SELECT id, parent_id AS parentId, name, color FROM tags'

/** Every tag by id. */
export function loadTags(db: Database): Map<number, TagRow> {
  const rows = statement(db, ROW_SQL).all() as TagRow[]
  return new Map(rows.map((r) => [r.id, r]))
}

/** The full path of tag `id` within `tags` ("a/b"). */
export function pathIn(tags: ReadonlyMap<number, TagRow>, id: number): string {
  const parts: string[] = []
  for (
    let row = tags.get(id);
    row;
    row = row.parentId === null ? undefined : tags.get(row.parentId)
  )
    parts.unshift(row.name)
  return parts.join('/')
}

/** The full path of tag `id`, read from the database. */
export function tagPath(db: Database, id: number): string {
  const rows = statement(
    db,
    `WITH RECURSIVE up(id, parent_id, name, depth) AS (
       SELECT id, parent_id, name, 0 FROM tags WHERE id = ?
       UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM tags t JOIN up ON t.id = up.parent_id)
     SELECT name FROM up ORDER BY depth DESC`,
  ).all(id) as { name: string }[]
  return rows.map((r) => r.name).join('/')
}

/** Tag `id`, if it exists. */
export function findTag(db: Database, id: number): TagRow | undefined {
  return statement(db, `${ROW_SQL} WHERE id = ?`).get(id) as TagRow | undefined
}

/** Tag `id`, or NOT_FOUND naming the id. */
export function requireTag(db: Database, id: number): TagRow {
  const row = findTag(db, id)
  if (!row) throw new AppException('NOT_FOUND', `No tag with id ${id}`)
  return row
}

/** Ids of tag `id` and every tag below it, at any depth (the tag first). */
export function subtreeIds(db: Database, id: number): number[] {
  return (
    statement(
      db,
      `WITH RECURSIVE tree(id) AS (
         SELECT ? UNION ALL SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
       SELECT id FROM tree`,
    ).all(id) as { id: number }[]
  ).map((r) => r.id)
}

/** The child of `parentId` (null: the top level) named exactly `name`, if any. */
export function findChild(db: Database, parentId: number | null, name: string): TagRow | undefined {
  return statement(db, `${ROW_SQL} WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ?`).get(
    parentId,
    name,
  ) as TagRow | undefined
}

/** The tag at `path` ("a/b", parts trimmed), if it exists. */
export function findTagByPath(db: Database, path: string): TagRow | undefined {
  let row: TagRow | undefined
  for (const raw of path.split('/')) {
    const name = raw.trim()
    if (!name) return undefined
    row = findChild(db, row ? row.id : null, name)
    if (!row) return undefined
  }
  return row
}

/** Orders paths as a tree: parents before their sub-tags, siblings by Chinese collation. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/')
  const pb = b.split('/')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = pa[i]!.localeCompare(pb[i]!, 'zh-CN')
    if (c !== 0) return c
  }
  return pa.length - pb.length
}
