/**
 * Taking backups. The online backup API (`db.backup`) copies a consistent
 * snapshot while the library stays usable; the copy is written under a
 * temporary name and renamed into place, so a crash mid-backup never leaves
 * a file that looks like a good backup. Each new automatic backup is
 * followed by rotation.
 */
import { readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import {
  backupDir,
  listBackups,
  newBackupPath,
  type BackupFile,
  type BackupKind,
} from './backup-files'
import { planRotation } from './rotation'

const DAY_MS = 24 * 60 * 60 * 1000

/** Backs up the open library `db` (stored at `libraryPath`) to `target`, or into `backups/`. */
export async function backupLibrary(
  db: Database,
  libraryPath: string,
  kind: BackupKind,
  options: { target?: string; now?: Date } = {},
): Promise<string> {
  const target = options.target ?? newBackupPath(libraryPath, kind, options.now ?? new Date())
  const partial = `${target}.partial`
  try {
    await db.backup(partial)
    renameSync(partial, target)
  } catch (err) {
    rmSync(partial, { force: true })
    throw new AppException(
      'INTERNAL',
      `${target}: backup failed (${err instanceof Error ? err.message : String(err)})`,
      target,
    )
  }
  if (!options.target) rotateBackups(libraryPath)
  return target
}

/**
 * The synchronous variant for the one place that cannot wait: inside
 * `openLibrary`, just before a migration. `VACUUM INTO` writes a consistent,
 * compacted copy of the database in one statement.
 */
export function backupLibrarySync(
  db: Database,
  libraryPath: string,
  kind: BackupKind,
  now = new Date(),
): string {
  const target = newBackupPath(libraryPath, kind, now)
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  db.prepare('VACUUM INTO ?').run(partial)
  renameSync(partial, target)
  rotateBackups(libraryPath)
  return target
}

/**
 * Deletes the automatic backups rotation no longer keeps, and `.partial`
 * files over an hour old (left by a crash mid-backup; a younger one may
 * belong to a backup another process is writing now).
 */
export function rotateBackups(libraryPath: string, now = new Date()): BackupFile[] {
  const { remove } = planRotation(listBackups(libraryPath))
  for (const b of remove) unlinkSync(b.path)
  const dir = backupDir(libraryPath)
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue
    const path = join(dir, name)
    if (now.getTime() - statSync(path).mtimeMs > 60 * 60 * 1000) rmSync(path, { force: true })
  }
  return remove
}

/** True when no automatic backup of the library is younger than a day. */
export function dailyBackupDue(libraryPath: string, now = new Date()): boolean {
  const newest = listBackups(libraryPath).find((b) => b.kind !== 'manual')
  return !newest || now.getTime() - newest.createdAt.getTime() >= DAY_MS
}
