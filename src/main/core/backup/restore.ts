/**
 * Replacing the library with a backup (or any Pizhu library file). The
 * source is validated first; the current library is kept as a `pre-restore`
 * backup (or, when it is too damaged to read, copied aside as
 * `*.damaged`); then the source is copied beside the library, flushed to
 * disk and renamed over it. The caller closes its connection first and
 * reopens afterwards.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { backupDir } from './backup-files'
import { backupLibrary } from './create-backup'
import { validateLibraryFile, type ValidBackup } from './validate-backup'

export interface RestoreOutcome extends ValidBackup {
  /** Where the library that was replaced now lives. */
  previous: string | null
}

/** Restores `source` into `libraryPath`; no connection to `libraryPath` may be open. */
export async function restoreLibrary(
  libraryPath: string,
  source: string,
  options: { nativeBinding?: string; now?: Date } = {},
): Promise<RestoreOutcome> {
  const valid = validateLibraryFile(source, options.nativeBinding)
  // Copy the source first: keeping the current library rotates the backups,
  // which may delete the very backup being restored.
  const incoming = `${libraryPath}.restoring`
  copyFileSync(source, incoming)
  flush(incoming)
  let previous: string | null
  try {
    previous = existsSync(libraryPath) ? await keepCurrent(libraryPath, options) : null
  } catch (err) {
    rmSync(incoming, { force: true })
    throw err
  }
  // A WAL left beside the old file must never be replayed into the restored one.
  for (const suffix of ['-wal', '-shm']) rmSync(libraryPath + suffix, { force: true })
  renameSync(incoming, libraryPath)
  return { ...valid, previous }
}

async function keepCurrent(
  libraryPath: string,
  options: { nativeBinding?: string; now?: Date },
): Promise<string> {
  try {
    validateLibraryFile(libraryPath, options.nativeBinding)
    const db = new Database(libraryPath, {
      readonly: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    try {
      return await backupLibrary(db, libraryPath, 'pre-restore', options)
    } finally {
      db.close()
    }
  } catch {
    return copyDamaged(libraryPath, options.now ?? new Date())
  }
}

/** Copies an unreadable library (and its WAL) aside, out of the list of restorable backups. */
function copyDamaged(libraryPath: string, now: Date): string {
  const stampText = now.toISOString().replace(/[-:.]/g, '')
  mkdirSync(backupDir(libraryPath), { recursive: true })
  const target = join(backupDir(libraryPath), `${basename(libraryPath)}-${stampText}.damaged`)
  copyFileSync(libraryPath, target)
  if (existsSync(libraryPath + '-wal')) copyFileSync(libraryPath + '-wal', target + '-wal')
  return target
}

function flush(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
