/**
 * Opens a Pizhu library: one SQLite file, WAL journal, foreign keys on,
 * migrated to the schema this code writes. Every process (Electron main,
 * browser host, CLI, tests) opens the library through here.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppException } from '../../../shared/result'
import { registerSearchFunctions } from '../search/functions'
import { migrate, schemaVersion } from './migrate'
import { HEAD_VERSION } from './migrations'

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for this runtime (Electron keeps its own build). */
  nativeBinding?: string
  readonly?: boolean
}

export interface Library {
  db: Db
  path: string
  schemaVersion: number
  close(): void
}

/** Opens (creating if needed) the library at `file` and migrates it to head. */
export function openLibrary(file: string, options: OpenOptions = {}): Library {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true })
  let db: Db
  try {
    db = new Database(file, {
      fileMustExist: options.readonly === true,
      readonly: options.readonly === true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (err) {
    throw new AppException(
      'LIBRARY_UNREADABLE',
      `${file}: cannot open the library (${messageOf(err)})`,
      file,
    )
  }
  try {
    const current = readVersion(db, file)
    if (current > HEAD_VERSION) migrate(db, file) // throws LIBRARY_TOO_NEW before any write
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
    }
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    registerSearchFunctions(db)
    const version = options.readonly ? current : migrate(db, file)
    return { db, path: file, schemaVersion: version, close: () => db.close() }
  } catch (err) {
    db.close()
    throw err
  }
}

function readVersion(db: Db, file: string): number {
  try {
    return schemaVersion(db)
  } catch (err) {
    throw new AppException(
      'LIBRARY_UNREADABLE',
      `${file}: not a Pizhu library or damaged (${messageOf(err)})`,
      file,
    )
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
