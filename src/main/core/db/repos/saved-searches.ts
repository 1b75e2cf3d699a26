/** Saved searches repository: a name and a search request, shown as smart collections. */
import type { Database } from 'better-sqlite3'
import { SearchRequest, type SavedSearch } from '@shared/calls/search'
import { statement } from '../statements'

interface Row {
  id: number
  name: string
  request: string
  created_at: string
}

function toSaved(r: Row): SavedSearch {
  return {
    id: r.id,
    name: r.name,
    request: SearchRequest.parse(JSON.parse(r.request)),
    createdAt: r.created_at,
  }
}

/** Every saved search, oldest first (the order they were made in). */
export function listSavedSearches(db: Database): SavedSearch[] {
  const rows = statement(db, 'SELECT * FROM saved_searches ORDER BY id').all() as Row[]
  return rows.map(toSaved)
}

/** Saves a search under `name`; returns it. */
export function createSavedSearch(
  db: Database,
  name: string,
  request: SearchRequest,
  now: string,
): SavedSearch {
  const info = statement(
    db,
    'INSERT INTO saved_searches (name, request, created_at) VALUES (?, ?, ?)',
  ).run(name, JSON.stringify(request), now)
  return toSaved(
    statement(db, 'SELECT * FROM saved_searches WHERE id = ?').get(info.lastInsertRowid) as Row,
  )
}

/** Deletes a saved search; false when there was none with that id. */
export function deleteSavedSearch(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0
}
