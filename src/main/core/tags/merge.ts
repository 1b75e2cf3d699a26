/**
 * Merging one tag into another: every highlight and article carrying `from`
 * carries `into` instead (once), `from`'s sub-tags go under `into` — merged
 * in turn with a same-named sub-tag already there — and `from` is removed.
 */
import type { Database } from 'better-sqlite3'
import type { TagSummary } from '@shared/calls/tags'
import { AppException } from '@shared/result'
import { statement } from '../db/statements'
import { tagSummary } from './browse'
import { followTagName } from './saved-search-tags'
import { findChild, requireTag, subtreeIds, tagPath } from './tree'

/** Moves `from`'s uses and sub-tags into `into`, then deletes `from` (inside a transaction). */
function mergeInto(db: Database, from: number, into: number): void {
  for (const table of ['highlight_tags', 'article_tags'] as const) {
    const owner = table === 'highlight_tags' ? 'highlight_id' : 'article_id'
    statement(
      db,
      `INSERT OR IGNORE INTO ${table} (${owner}, tag_id) SELECT ${owner}, ? FROM ${table} WHERE tag_id = ?`,
    ).run(into, from)
    statement(db, `DELETE FROM ${table} WHERE tag_id = ?`).run(from)
  }
  // `from` may be a child of `into` (merging a tag into its parent): give it a
  // name no real tag has (names never hold "/"), so that its own sub-tags can
  // take their names under `into`.
  statement(db, 'UPDATE tags SET name = ? WHERE id = ?').run(`/merging ${from}`, from)
  const children = statement(db, 'SELECT id, name FROM tags WHERE parent_id = ?').all(from) as {
    id: number
    name: string
  }[]
  for (const child of children) {
    const twin = findChild(db, into, child.name)
    if (twin) mergeInto(db, child.id, twin.id)
    else statement(db, 'UPDATE tags SET parent_id = ? WHERE id = ?').run(into, child.id)
  }
  statement(
    db,
    'UPDATE tags SET color = coalesce(color, (SELECT color FROM tags WHERE id = ?)) WHERE id = ?',
  ).run(from, into)
  statement(db, 'DELETE FROM tags WHERE id = ?').run(from)
}

/**
 * Merges tag `from` into tag `into` and returns `into`. Refused (INVALID_INPUT)
 * for a tag into itself or into one of its own sub-tags. `into` keeps its
 * colour, or takes `from`'s when it has none. Saved searches filtering on
 * `from`'s name follow to `into`'s (see saved-search-tags.ts).
 */
export function mergeTags(db: Database, from: number, into: number): TagSummary {
  return db.transaction(() => {
    const fromName = requireTag(db, from).name
    requireTag(db, into)
    if (from === into || subtreeIds(db, from).includes(into)) {
      throw new AppException(
        'INVALID_INPUT',
        `Cannot merge "${tagPath(db, from)}" into "${tagPath(db, into)}": a tag cannot merge into itself or one of its sub-tags`,
      )
    }
    mergeInto(db, from, into)
    followTagName(db, fromName, requireTag(db, into).name)
    return tagSummary(db, into)
  })()
}
