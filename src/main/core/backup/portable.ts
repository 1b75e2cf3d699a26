/**
 * The whole library as one portable file, to move it to another computer or
 * a fresh install: a tar archive holding `manifest.json` (format, versions,
 * counts, SHA-256 of the database) and `library.sqlite` (an online-backup
 * snapshot). Import checks the manifest, the checksum and the database
 * itself before anything replaces the library.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { restoreLibrary, type RestoreOutcome } from './restore'
import { copyTarEntry, readTarEntries, readTarEntry, writeTar } from './tar'

export const EXPORT_FORMAT = 'pizhu-library-export'
const MANIFEST = 'manifest.json'
const DATABASE = 'library.sqlite'

export interface ExportManifest {
  format: typeof EXPORT_FORMAT
  formatVersion: 1
  appVersion: string
  schemaVersion: number
  exportedAt: string
  /** Rows per table, for a person (and the import) to check. */
  counts: Record<string, number>
  sha256: string
  bytes: number
}

/** SHA-256 of a file, read in chunks. */
function sha256File(file: string): string {
  const hash = createHash('sha256')
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(1 << 20)
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n))
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

function counts(db: Database): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[]
  const out: Record<string, number> = {}
  for (const { name } of tables) {
    out[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n
  }
  return out
}

/** Writes the library open as `db` to `target` (which must not exist). */
export async function exportLibrary(
  db: Database,
  target: string,
  meta: { appVersion: string; schemaVersion: number },
): Promise<ExportManifest> {
  if (existsSync(target)) {
    throw new AppException(
      'INVALID_INPUT',
      `${target}: already exists; choose a new file name`,
      target,
    )
  }
  const work = mkdtempSync(join(tmpdir(), 'pizhu-export-'))
  const partial = `${target}.partial`
  try {
    const snapshot = join(work, DATABASE)
    await db.backup(snapshot)
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      formatVersion: 1,
      appVersion: meta.appVersion,
      schemaVersion: meta.schemaVersion,
      exportedAt: new Date().toISOString(),
      counts: counts(db),
      sha256: sha256File(snapshot),
      bytes: statSync(snapshot).size,
    }
    const fd = openSync(partial, 'wx')
    try {
      writeTar(fd, [
        [MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2) + '\n')],
        [DATABASE, snapshot],
      ])
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    linkSync(partial, target) // fails rather than overwrite a file that appeared meanwhile
    return manifest
  } finally {
    rmSync(partial, { force: true })
    rmSync(work, { recursive: true, force: true })
  }
}

/** Reads and checks an export; returns its manifest and the extracted database (caller deletes `dir`). */
export function unpackExport(file: string): {
  manifest: ExportManifest
  database: string
  dir: string
} {
  const bad = (why: string): AppException =>
    new AppException('IMPORT_FAILED', `${file}: not a Pizhu library export (${why})`, file)
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    throw new AppException('NOT_FOUND', `${file}: no such file`, file)
  }
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-import-'))
  try {
    let entries
    try {
      entries = readTarEntries(fd)
    } catch (err) {
      throw bad(err instanceof Error ? err.message : String(err))
    }
    const m = entries.find((e) => e.name === MANIFEST)
    const d = entries.find((e) => e.name === DATABASE)
    if (!m || !d) throw bad(`missing ${!m ? MANIFEST : DATABASE}`)
    let manifest: ExportManifest
    try {
      manifest = JSON.parse(readTarEntry(fd, m).toString('utf8')) as ExportManifest
    } catch {
      throw bad('unreadable manifest')
    }
    if (manifest.format !== EXPORT_FORMAT || manifest.formatVersion !== 1)
      throw bad('unknown format')
    const database = join(dir, DATABASE)
    const out = openSync(database, 'wx')
    try {
      copyTarEntry(fd, d, out)
    } finally {
      closeSync(out)
    }
    if (sha256File(database) !== manifest.sha256) {
      throw new AppException(
        'IMPORT_FAILED',
        `${file}: the library inside is damaged (checksum does not match the manifest)`,
        file,
      )
    }
    return { manifest, database, dir }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  } finally {
    closeSync(fd)
  }
}

/**
 * Makes the export `file` the library at `libraryPath` (no connection may be
 * open). The current library, if any, is kept as a backup.
 */
export async function importLibraryExport(
  libraryPath: string,
  file: string,
): Promise<RestoreOutcome & { manifest: ExportManifest }> {
  const { manifest, database, dir } = unpackExport(file)
  try {
    const outcome = await restoreLibrary(libraryPath, database)
    return { ...outcome, manifest }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
