/**
 * Checks a file before it replaces a library: it must open read-only, pass
 * `PRAGMA quick_check`, be a Pizhu library, and not come from a newer
 * version. Nothing is written to the file.
 */
import Database from 'better-sqlite3'
import { AppException } from '@shared/result'
import { schemaVersion } from '../db/migrate'
import { HEAD_VERSION } from '../db/migrations'

export interface ValidBackup {
  schemaVersion: number
  articleCount: number
}

/** Throws LIBRARY_UNREADABLE or LIBRARY_TOO_NEW naming `file`; else describes it. */
export function validateLibraryFile(file: string, nativeBinding?: string): ValidBackup {
  let db: Database.Database
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
  } catch (err) {
    throw unreadable(file, err)
  }
  try {
    let check: unknown
    let version: number
    try {
      check = db.pragma('quick_check', { simple: true })
      version = schemaVersion(db)
    } catch (err) {
      throw unreadable(file, err)
    }
    if (check !== 'ok') throw unreadable(file, new Error(`quick_check: ${String(check)}`))
    if (version === 0) {
      throw new AppException('LIBRARY_UNREADABLE', `${file}: not a Pizhu library`, file)
    }
    if (version > HEAD_VERSION) {
      throw new AppException(
        'LIBRARY_TOO_NEW',
        `${file}: written by a newer version of Pizhu (schema ${version}; this version knows up to ${HEAD_VERSION})`,
        file,
      )
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }
    return { schemaVersion: version, articleCount: n }
  } finally {
    db.close()
  }
}

function unreadable(file: string, err: unknown): AppException {
  const why = err instanceof Error ? err.message : String(err)
  return new AppException('LIBRARY_UNREADABLE', `${file}: not a usable library (${why})`, file)
}
