/**
 * Prepared statements cached per connection, so a repository function called
 * a thousand times in one import compiles its SQL once.
 */
import type { Database, Statement } from 'better-sqlite3'

const caches = new WeakMap<Database, Map<string, Statement>>()

/** The prepared statement for `sql` on `db`, compiled on first use. */
export function statement(db: Database, sql: string): Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let stmt = cache.get(sql)
  if (!stmt) {
    stmt = db.prepare(sql)
    cache.set(sql, stmt)
  }
  return stmt
}
