/**
 * Runs the numbered migrations at open. Each migration and its record in
 * `schema_migrations` commit in one transaction, so a crash leaves the
 * library at the previous version, never between two.
 */
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { HEAD_VERSION, type Migration, migrations as allMigrations } from './migrations'

/** The highest migration version recorded in the library (0 for a new file). Reads only. */
export function schemaVersion(db: Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  if (!table) return 0
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as {
    v: number | null
  }
  return row.v ?? 0
}

/**
 * How many of `migrations` the library has not recorded yet. Branches
 * developed in parallel may land a lower number after a higher one, so a
 * library at the highest version can still have some pending. Reads only.
 */
export function pendingMigrations(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
): number {
  if (schemaVersion(db) === 0) return migrations.length
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  )
  return migrations.filter((m) => !applied.has(m.version)).length
}

/**
 * Brings the library to `HEAD_VERSION`. Refuses, without touching the file,
 * a library whose schema is newer than this code knows.
 */
export function migrate(
  db: Database,
  file: string,
  migrations: readonly Migration[] = allMigrations,
): number {
  const head = migrations.length ? migrations[migrations.length - 1]!.version : HEAD_VERSION
  const current = schemaVersion(db)
  if (current > head) {
    throw new AppException(
      'LIBRARY_TOO_NEW',
      `${file}: this library was written by a newer version of Pizhu (schema ${current}; this version knows up to ${head}). Update Pizhu to open it.`,
      file,
    )
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  // Apply every migration not yet recorded, not only those above the highest:
  // branches developed in parallel may land a lower number after a higher one.
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  )
  for (const m of migrations) {
    if (applied.has(m.version)) continue
    db.transaction(() => {
      db.exec(m.sql)
      record.run(m.version, m.name, new Date().toISOString())
    })()
  }
  return schemaVersion(db)
}
