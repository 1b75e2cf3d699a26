/** Helpers for tag tests: a library with articles and highlights tagged by path. */
import type { Database } from 'better-sqlite3'
import { ensureTag, setHighlightTags } from '../db/repos/tags'
import { search } from '../search'
import { addArticle, addHighlight } from '../search/test-support'
import { findTagByPath } from './tree'

const NOW = '2024-05-01T00:00:00.000Z'

/** A new highlight in a new article, tagged with `paths`; returns the highlight id. */
export function taggedHighlight(db: Database, exact: string, paths: readonly string[]): number {
  const article = addArticle(db, '测试文章', '正文')
  const id = addHighlight(db, article, exact)
  setHighlightTags(db, id, paths, NOW)
  return id
}

/** The id of the tag at `path`, created when missing. */
export function tagId(db: Database, path: string): number {
  return ensureTag(db, path, NOW)
}

/** The id of the existing tag at `path`, or undefined. */
export function existing(db: Database, path: string): number | undefined {
  return findTagByPath(db, path)?.id
}

/** Search hits for `query` as "kind:id". */
export function hits(db: Database, query: string): string[] {
  return search(db, { query }).hits.map((h) => `${h.kind}:${h.id}`)
}
