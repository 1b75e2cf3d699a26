/** Handlers for the backup calls and `library.health`, answered in every library state. */
import { basename } from 'node:path'
import type { BackupInfo } from '@shared/calls/backups'
import { AppException } from '@shared/result'
import type { HandlersFor } from '../api/handler-types'
import type { backupCalls } from '@shared/calls/backups'
import { findBackup, listBackups, type BackupFile } from '../backup/backup-files'
import { backupLibrary } from '../backup/create-backup'
import { newestGoodBackup } from '../backup/newest-good'
import type { Library } from '../db/open'
import type { LibrarySession } from './library-session'

/** What the backup handlers need from the library's holder. */
export type BackupHost = Pick<LibrarySession, 'path' | 'library' | 'problem' | 'restore'>

function info(b: BackupFile): BackupInfo {
  return { name: b.name, kind: b.kind, createdAt: b.createdAt.toISOString(), bytes: b.bytes }
}

export function backupHandlers(
  session: BackupHost,
  nativeBinding?: string,
): HandlersFor<typeof backupCalls> {
  return {
    'library.health': () => {
      const problem = session.problem
      return {
        status: problem ? 'damaged' : 'ok',
        path: session.path,
        message: problem?.message ?? null,
        newestGoodBackup: problem
          ? (newestGoodBackup(session.path, nativeBinding)?.name ?? null)
          : null,
      }
    },
    'backup.list': () => listBackups(session.path).map(info),
    'backup.create': async () => {
      const path = await backupLibrary(session.library.db, session.path, 'manual')
      const found = findBackup(session.path, basename(path))
      if (!found) throw new AppException('INTERNAL', `${path}: the new backup is not listed`, path)
      return info(found)
    },
    'backup.restore': async ({ name }) => {
      const backup = findBackup(session.path, name)
      if (!backup) throw new AppException('NOT_FOUND', `${name}: no such backup of this library`)
      return session.restore(backup.path)
    },
    'backup.restoreFromDialog': () => {
      throw new AppException(
        'UNSUPPORTED',
        'Choosing a file needs the desktop app; pick a backup from the list',
      )
    },
  }
}

/**
 * A holder for a library opened without a session (tests, scripts): always
 * healthy, and unable to restore because nothing could reopen the library.
 */
export function fixedLibrary(library: Library): BackupHost {
  return {
    path: library.path,
    library,
    problem: null,
    restore: () => {
      throw new AppException(
        'UNSUPPORTED',
        `${library.path}: restore needs the app (or pizhu restore)`,
      )
    },
  }
}
