import { existsSync, readdirSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appErrorOf, appErrorOfAsync } from '../../../../tests/helpers/errors'
import { tempDir } from '../../../../tests/helpers/temp'
import { openLibrary } from '../db/open'
import { HEAD_VERSION } from '../db/migrations'
import { backupDir, listBackups } from './backup-files'
import { backupLibrary, dailyBackupDue } from './create-backup'
import { restoreLibrary } from './restore'
import { validateLibraryFile } from './validate-backup'

const NOW = new Date('2026-11-26T08:00:00.000Z')

function addArticle(db: import('better-sqlite3').Database, title: string): void {
  db.prepare(
    `INSERT INTO articles (title, text, blocks, char_count, content_hash, created_at, updated_at)
     VALUES (?, ?, '[]', 1, 'h', 'now', 'now')`,
  ).run(title, title)
}

function titles(file: string): string[] {
  const lib = openLibrary(file)
  try {
    return (
      lib.db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]
    ).map((r) => r.title)
  } finally {
    lib.close()
  }
}

describe('backups', () => {
  it('backs up into backups/ beside the library and lists it as a valid library', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    addArticle(lib.db, '关于推进数字经济发展的意见')
    expect(dailyBackupDue(file, NOW)).toBe(true)
    const path = await backupLibrary(lib.db, file, 'daily', { now: NOW })
    lib.close()
    expect(path.startsWith(backupDir(file))).toBe(true)
    const [only] = listBackups(file)
    expect(only).toMatchObject({ path, kind: 'daily', createdAt: NOW })
    expect(validateLibraryFile(path)).toEqual({ schemaVersion: HEAD_VERSION, articleCount: 1 })
    expect(dailyBackupDue(file, new Date(NOW.getTime() + 3600_000))).toBe(false)
    expect(dailyBackupDue(file, new Date(NOW.getTime() + 25 * 3600_000))).toBe(true)
    expect(readdirSync(backupDir(file)).some((n) => n.endsWith('.partial'))).toBe(false)
  })

  it('restores a backup and keeps the replaced library as a pre-restore backup', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    addArticle(lib.db, '旧文章')
    const saved = await backupLibrary(lib.db, file, 'manual', { now: NOW })
    addArticle(lib.db, '备份之后的文章')
    lib.close()
    const outcome = await restoreLibrary(file, saved, { now: new Date(NOW.getTime() + 1000) })
    expect(titles(file)).toEqual(['旧文章'])
    expect(outcome.previous).not.toBeNull()
    expect(titles(outcome.previous!)).toEqual(['旧文章', '备份之后的文章'])
    expect(listBackups(file).map((b) => b.kind)).toEqual(['pre-restore', 'manual'])
  })

  it('refuses a damaged or foreign file and leaves the library untouched', async () => {
    const dir = tempDir()
    const file = join(dir, 'library.sqlite')
    const lib = openLibrary(file)
    addArticle(lib.db, '原文')
    lib.close()
    const junk = join(dir, '报告.sqlite')
    writeFileSync(junk, 'this is not a database, just text pretending to be one'.repeat(100))
    const err = await appErrorOfAsync(() => restoreLibrary(file, junk))
    expect(err.code).toBe('LIBRARY_UNREADABLE')
    expect(err.message).toContain(junk)
    expect(titles(file)).toEqual(['原文'])
    expect(existsSync(backupDir(file))).toBe(false)
  })

  it('restores over a damaged library, copying the damaged file aside', async () => {
    const dir = tempDir()
    const file = join(dir, 'library.sqlite')
    const lib = openLibrary(file)
    for (let i = 0; i < 200; i++) addArticle(lib.db, `文章${i}`.repeat(50))
    const saved = await backupLibrary(lib.db, file, 'daily', { now: NOW })
    lib.db.pragma('wal_checkpoint(TRUNCATE)')
    lib.close()
    truncateSync(file, Math.floor(statSync(file).size / 2))
    expect(appErrorOf(() => openLibrary(file)).code).toBe('LIBRARY_UNREADABLE')
    const outcome = await restoreLibrary(file, saved)
    expect(outcome.previous).toMatch(/\.damaged$/)
    expect(titles(file)).toHaveLength(200)
  })

  it('refuses a library truncated to zero bytes when backups of it exist', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    addArticle(lib.db, '原文')
    await backupLibrary(lib.db, file, 'daily', { now: NOW })
    lib.db.pragma('wal_checkpoint(TRUNCATE)')
    lib.close()
    truncateSync(file, 0)
    const err = appErrorOf(() => openLibrary(file))
    expect(err.code).toBe('LIBRARY_UNREADABLE')
    expect(err.message).toBe(
      `${file}: the library file is empty (truncated), although backups of it exist`,
    )
  })

  it('restores today’s backup even when rotation drops it for the pre-restore one', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    addArticle(lib.db, '早上的文章')
    const morning = await backupLibrary(lib.db, file, 'daily', { now: NOW })
    addArticle(lib.db, '后来的文章')
    lib.close()
    const outcome = await restoreLibrary(file, morning, { now: new Date(NOW.getTime() + 3600_000) })
    expect(titles(file)).toEqual(['早上的文章'])
    expect(titles(outcome.previous!)).toEqual(['早上的文章', '后来的文章'])
  })

  it('clears .partial files a crash left behind once they are an hour old', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    const first = await backupLibrary(lib.db, file, 'manual', { now: NOW })
    const stale = `${first}.x.partial`
    const fresh = `${first}.y.partial`
    writeFileSync(stale, 'half')
    writeFileSync(fresh, 'half')
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000))
    await backupLibrary(lib.db, file, 'manual')
    lib.close()
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })

  it('keeps the backups of two libraries in one folder apart', async () => {
    const dir = tempDir()
    const a = openLibrary(join(dir, 'work.sqlite'))
    const b = openLibrary(join(dir, 'work-old.sqlite'))
    await backupLibrary(a.db, a.path, 'manual', { now: NOW })
    await backupLibrary(b.db, b.path, 'manual', { now: NOW })
    await backupLibrary(b.db, b.path, 'daily', { now: NOW })
    a.close()
    b.close()
    expect(listBackups(join(dir, 'work.sqlite'))).toHaveLength(1)
    expect(listBackups(join(dir, 'work-old.sqlite'))).toHaveLength(2)
  })
})
