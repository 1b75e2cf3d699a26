/**
 * Tags repository. A tag name "a/b" is a path: tag b whose parent is a.
 * Tags are created on first use, so a highlight can be tagged inline by name.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { Tag } from '@shared/highlight'

interface TagRow {
  id: number
  parent_id: number | null
  name: string
}

/** The id of the tag at `path` ("a/b"), creating it and its parents as needed. */
export function ensureTag(db: Database, path: string, now: string): number {
  let parent: number | null = null
  for (const raw of path.split('/')) {
    const name = raw.trim()
    const row = statement(
      db,
      'SELECT id FROM tags WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ?',
    ).get(parent, name) as { id: number } | undefined
    parent = row
      ? row.id
      : Number(
          statement(db, 'INSERT INTO tags (parent_id, name, created_at) VALUES (?, ?, ?)').run(
            parent,
            name,
            now,
          ).lastInsertRowid,
        )
  }
  if (parent === null) throw new RangeError('a tag needs a name')
  return parent
}

/** Every tag with its full path, sorted by path. */
export function listTags(db: Database): Tag[] {
  const rows = statement(db, 'SELECT id, parent_id, name FROM tags').all() as TagRow[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  const path = (r: TagRow): string => {
    const parent = r.parent_id === null ? undefined : byId.get(r.parent_id)
    return parent ? `${path(parent)}/${r.name}` : r.name
  }
  return rows
    .map((r) => ({ id: r.id, name: path(r), parentId: r.parent_id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

/** Full tag paths of one highlight, sorted. */
export function highlightTagNames(db: Database, highlightId: number): string[] {
  const ids = statement(db, 'SELECT tag_id FROM highlight_tags WHERE highlight_id = ?')
    .all(highlightId)
    .map((r) => (r as { tag_id: number }).tag_id)
  if (!ids.length) return []
  const all = new Map(listTags(db).map((t) => [t.id, t.name]))
  return ids.map((id) => all.get(id) ?? '').sort((a, b) => a.localeCompare(b, 'zh-CN'))
}

/** Replaces a highlight's tags by `paths`, creating missing tags. */
export function setHighlightTags(
  db: Database,
  highlightId: number,
  paths: readonly string[],
  now: string,
): void {
  statement(db, 'DELETE FROM highlight_tags WHERE highlight_id = ?').run(highlightId)
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)',
  )
  for (const p of paths) insert.run(highlightId, ensureTag(db, p, now))
}
