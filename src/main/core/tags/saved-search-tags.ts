/**
 * Saved searches (smart collections) filter by a tag's name, so when a tag
 * is renamed or merged away they follow it to its new name — but only once
 * no tag of the old name is left, since the filter matches every tag of that
 * name. Runs inside the caller's transaction.
 */
import type { Database } from 'better-sqlite3'
import { SearchRequest } from '@shared/calls/search'
import { statement } from '../db/statements'

/** Points saved searches filtering on `oldName` at `newName` when no tag is called `oldName` any more. */
export function followTagName(db: Database, oldName: string, newName: string): void {
  if (oldName === newName) return
  if (statement(db, 'SELECT 1 FROM tags WHERE name = ? LIMIT 1').get(oldName)) return
  const rows = statement(db, 'SELECT id, request FROM saved_searches').all() as {
    id: number
    request: string
  }[]
  const update = statement(db, 'UPDATE saved_searches SET request = ? WHERE id = ?')
  for (const row of rows) {
    const parsed = SearchRequest.safeParse(JSON.parse(row.request))
    if (parsed.success && parsed.data.tag === oldName) {
      update.run(JSON.stringify({ ...parsed.data, tag: newName }), row.id)
    }
  }
}
