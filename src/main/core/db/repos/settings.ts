/** Library-wide settings: a small key/value table. */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

export function getSetting(db: Database, key: string): string | null {
  const row = statement(db, 'SELECT value FROM app_settings WHERE key = ?').get(key) as
    { value: string } | undefined
  return row?.value ?? null
}

export function setSetting(db: Database, key: string, value: string): void {
  statement(
    db,
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value)
}
