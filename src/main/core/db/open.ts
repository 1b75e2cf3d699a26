/**
 * Opens a Pizhu library: one SQLite file, WAL journal, foreign keys on,
 * migrated to the schema this code writes. Every process (Electron main,
 * browser host, CLI, tests) opens the library through here.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { listBackups } from '../backup/backup-files'
import { backupLibrarySync } from '../backup/create-backup'
import { registerSearchFunctions } from '../search/functions'
import { migrate, pendingMigrations, schemaVersion } from './migrate'
import { migrations as allMigrations, type Migration } from './migrations'

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for this runtime (Electron keeps its own build). */
  nativeBinding?: string
  readonly?: boolean
  /** Back up an existing library before migrating it (default true). */
  backupBeforeMigration?: boolean
  /** The migrations to apply; tests pass their own list, everything else uses the real one. */
  migrations?: readonly Migration[]
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
  refuseEmptiedLibrary(file)
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
    const list = options.migrations ?? allMigrations
    const head = list[list.length - 1]?.version ?? 0
    if (current > head) migrate(db, file, list) // throws LIBRARY_TOO_NEW before any write
    if (current > 0) checkIntegrity(db, file)
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
    }
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    registerSearchFunctions(db)
    if (!options.readonly && current > 0 && pendingMigrations(db, list) > 0) {
      if (options.backupBeforeMigration !== false) backupLibrarySync(db, file, 'pre-migration')
    }
    const version = options.readonly ? current : migrate(db, file, list)
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

/**
 * SQLite treats a zero-byte file as a new, empty database. A library that
 * has backups was never empty, so a zero-byte file there means it was
 * truncated (a full disk, a failed sync): refuse it rather than quietly
 * start over.
 */
function refuseEmptiedLibrary(file: string): void {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    return // no file yet: a new library
  }
  const walSize = existsSync(file + '-wal') ? statSync(file + '-wal').size : 0
  if (size === 0 && walSize === 0 && listBackups(file).length > 0) {
    throw new AppException(
      'LIBRARY_UNREADABLE',
      `${file}: the library file is empty (truncated), although backups of it exist`,
      file,
    )
  }
}

/** `PRAGMA quick_check`: a damaged library is refused before anything is written to it. */
function checkIntegrity(db: Db, file: string): void {
  let result: unknown
  try {
    result = db.pragma('quick_check', { simple: true })
  } catch (err) {
    result = messageOf(err)
  }
  if (result !== 'ok') {
    throw new AppException(
      'LIBRARY_UNREADABLE',
      `${file}: the library is damaged (${String(result)})`,
      file,
    )
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
