/**
 * Which automatic backups to keep: the newest backup of each of the last 7
 * days that have one, plus the newest of each of the last 4 ISO weeks that
 * have one. Manual backups are never rotated away.
 */
import type { BackupFile } from './backup-files'

export const KEEP_DAILY = 7
export const KEEP_WEEKLY = 4

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** Monday of the UTC week `d` falls in, as yyyy-mm-dd. */
function weekKey(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  return dayKey(monday)
}

/** The newest file per key, for the `limit` most recent keys. */
function newestPer(files: readonly BackupFile[], key: (d: Date) => string, limit: number) {
  const kept = new Set<BackupFile>()
  const seen = new Set<string>()
  for (const f of files) {
    const k = key(f.createdAt)
    if (seen.has(k)) continue
    if (seen.size === limit) break
    seen.add(k)
    kept.add(f)
  }
  return kept
}

/** Splits `backups` into what rotation keeps and what it deletes. */
export function planRotation(backups: readonly BackupFile[]): {
  keep: BackupFile[]
  remove: BackupFile[]
} {
  const automatic = backups
    .filter((b) => b.kind !== 'manual')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const kept = new Set([
    ...newestPer(automatic, dayKey, KEEP_DAILY),
    ...newestPer(automatic, weekKey, KEEP_WEEKLY),
  ])
  return {
    keep: backups.filter((b) => b.kind === 'manual' || kept.has(b)),
    remove: automatic.filter((b) => !kept.has(b)),
  }
}
