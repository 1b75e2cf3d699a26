/**
 * Where backups live and how they are named: a `backups/` folder beside the
 * library, one SQLite file per backup named
 * `<library>-<UTC yyyymmdd-hhmmss-mmm>-<kind>.sqlite`, so the folder sorts by
 * age and a person can tell what each file is.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

/** Why a backup was taken. `daily` and the automatic kinds are rotated; `manual` ones are kept. */
export type BackupKind = 'daily' | 'pre-migration' | 'pre-restore' | 'manual'
const KINDS: readonly BackupKind[] = ['daily', 'pre-migration', 'pre-restore', 'manual']

export interface BackupFile {
  /** The file name inside the backups folder (what the UI sends back to restore). */
  name: string
  path: string
  kind: BackupKind
  createdAt: Date
  bytes: number
}

/** The backups folder of the library at `libraryPath`. */
export function backupDir(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups')
}

function stem(libraryPath: string): string {
  return basename(libraryPath, extname(libraryPath))
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d{3})Z$/, '-$1')
}

/** The path a new backup of `kind` taken at `at` gets (the folder is created). */
export function newBackupPath(libraryPath: string, kind: BackupKind, at: Date): string {
  const dir = backupDir(libraryPath)
  mkdirSync(dir, { recursive: true })
  return join(dir, `${stem(libraryPath)}-${stamp(at)}-${kind}.sqlite`)
}

const NAME = /^(.+)-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.sqlite$/

/** Parses a backup file name; null for anything that is not one of ours. */
export function parseBackupName(
  name: string,
): { library: string; kind: BackupKind; createdAt: Date } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const kind = m[5] as BackupKind
  if (!KINDS.includes(kind)) return null
  const [d, t, ms] = [m[2]!, m[3]!, m[4]!]
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}.${ms}Z`
  const createdAt = new Date(iso)
  return Number.isNaN(createdAt.getTime()) ? null : { library: m[1]!, kind, createdAt }
}

/** The backups of the library at `libraryPath`, newest first. */
export function listBackups(libraryPath: string): BackupFile[] {
  const dir = backupDir(libraryPath)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const library = stem(libraryPath)
  const out: BackupFile[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    // `work.sqlite` and `work-old.sqlite` may share the folder: match the stem exactly
    if (!parsed || parsed.library !== library) continue
    const path = join(dir, name)
    out.push({
      name,
      path,
      kind: parsed.kind,
      createdAt: parsed.createdAt,
      bytes: statSync(path).size,
    })
  }
  return out.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
}

/** The path of backup `name` of this library, or null when `name` is not one of its backups. */
export function findBackup(libraryPath: string, name: string): BackupFile | null {
  return listBackups(libraryPath).find((b) => b.name === name) ?? null
}
