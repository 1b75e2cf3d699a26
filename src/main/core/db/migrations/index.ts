/**
 * The ordered list of schema migrations. Append-only: a shipped migration is
 * never edited; a change to the schema is a new numbered file added here.
 */
import init from './0001_init.sql?raw'
import contentHash from './0003_content_hash.sql?raw'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  // 0002 is reserved for another branch; versions only need to increase.
  { version: 3, name: 'content_hash', sql: contentHash },
]

/** The schema version this build of Pizhu writes. */
export const HEAD_VERSION = migrations[migrations.length - 1]!.version
