/**
 * Renaming, moving and colouring a tag. A tag's highlights and articles keep
 * it; search documents hold tag names, so a rename re-indexes them (through
 * the triggers of 0002_search.sql) in the same transaction.
 */
import type { Database } from 'better-sqlite3'
import type { TagColor, TagSummary } from '@shared/calls/tags'
import { AppException } from '@shared/result'
import { statement } from '../db/statements'
import { tagSummary } from './browse'
import { followTagName } from './saved-search-tags'
import { findChild, requireTag, subtreeIds, tagPath } from './tree'

/** The path a tag named `name` would have under `parentId`. */
function pathUnder(db: Database, parentId: number | null, name: string): string {
  return parentId === null ? name : `${tagPath(db, parentId)}/${name}`
}

/** Refuses when `parentId` already has another child named `name`. */
function refuseClash(db: Database, id: number, parentId: number | null, name: string): void {
  const twin = findChild(db, parentId, name)
  if (twin && twin.id !== id) {
    const target = pathUnder(db, parentId, name)
    throw new AppException(
      'DUPLICATE',
      `Cannot make "${tagPath(db, id)}" into "${target}": "${target}" already exists; merge the two tags instead`,
    )
  }
}

/**
 * Gives tag `id` the last path part `name` (trimmed, without "/"); DUPLICATE
 * naming both paths when a sibling already has that name. Saved searches
 * filtering on the old name follow (see saved-search-tags.ts).
 */
export function renameTag(db: Database, id: number, name: string): TagSummary {
  const clean = name.trim()
  if (!clean || clean.includes('/')) {
    throw new AppException(
      'INVALID_INPUT',
      `A tag name must be non-empty and without "/": "${name}"`,
    )
  }
  return db.transaction(() => {
    const tag = requireTag(db, id)
    if (tag.name !== clean) {
      refuseClash(db, id, tag.parentId, clean)
      statement(db, 'UPDATE tags SET name = ? WHERE id = ?').run(clean, id)
      followTagName(db, tag.name, clean)
    }
    return tagSummary(db, id)
  })()
}

/**
 * Moves tag `id` with its sub-tags under `parentId`, or to the top level for
 * null. Refused (INVALID_INPUT) under itself or one of its sub-tags, and
 * (DUPLICATE) when the new parent already has a child of that name.
 */
export function moveTag(db: Database, id: number, parentId: number | null): TagSummary {
  return db.transaction(() => {
    const tag = requireTag(db, id)
    if (parentId !== null) {
      requireTag(db, parentId)
      if (subtreeIds(db, id).includes(parentId)) {
        throw new AppException(
          'INVALID_INPUT',
          `Cannot move "${tagPath(db, id)}" under "${tagPath(db, parentId)}": a tag cannot go under itself or one of its sub-tags`,
        )
      }
    }
    if (tag.parentId !== parentId) {
      refuseClash(db, id, parentId, tag.name)
      statement(db, 'UPDATE tags SET parent_id = ? WHERE id = ?').run(parentId, id)
    }
    return tagSummary(db, id)
  })()
}

/** Sets tag `id`'s colour (null: none). */
export function setTagColor(db: Database, id: number, color: TagColor | null): TagSummary {
  return db.transaction(() => {
    requireTag(db, id)
    statement(db, 'UPDATE tags SET color = ? WHERE id = ?').run(color, id)
    return tagSummary(db, id)
  })()
}
