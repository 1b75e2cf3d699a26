/**
 * The SQL functions the search index is built with. They must be registered
 * on every connection before migrations run and before any write to the
 * indexed tables, because the index triggers call them.
 */
import type { Database } from 'better-sqlite3'
import { fold } from './fold'
import { charsOf, gramsOf } from './tokens'

/** Registers pz_fold(text), pz_grams(text) and pz_chars(text) on `db` (deterministic). */
export function registerSearchFunctions(db: Database): void {
  const opts = { deterministic: true }
  db.function('pz_fold', opts, (text: unknown) => (typeof text === 'string' ? fold(text) : text))
  db.function('pz_grams', opts, (text: unknown) =>
    typeof text === 'string' ? gramsOf([fold(text)]) : '',
  )
  db.function('pz_chars', opts, (text: unknown) =>
    typeof text === 'string' ? charsOf([fold(text)]) : '',
  )
}
