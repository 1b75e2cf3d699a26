import { statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../../tests/helpers/temp'
import { openAppContext } from '../app-context'
import { dispatch } from '../api/dispatch'
import { listBackups } from '../backup/backup-files'
import { importPaths } from '../import/pipeline'

describe('library session', () => {
  it('takes the daily backup at start-up only when the last one is over a day old', async () => {
    const libraryPath = join(tempDir(), 'library.sqlite')
    const first = await openAppContext({ libraryPath, shell: 'browser' })
    first.close()
    expect(listBackups(libraryPath).map((b) => b.kind)).toEqual(['daily'])
    const second = await openAppContext({ libraryPath, shell: 'browser' })
    expect(await second.session.backupIfDue()).toBeNull()
    const tomorrow = new Date(Date.now() + 25 * 3600_000)
    expect(await second.session.backupIfDue(tomorrow)).not.toBeNull()
    second.close()
    expect(listBackups(libraryPath)).toHaveLength(2)
  })

  it('serves a damaged library as a state, and restores the newest good backup', async () => {
    const libraryPath = join(tempDir(), 'library.sqlite')
    const ok = await openAppContext({ libraryPath, shell: 'browser' })
    await importPaths(ok.library.db, [fixture('policy-notice.txt')])
    const made = await dispatch(ok.handlers, 'backup.create', {})
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } })
    ok.library.db.pragma('wal_checkpoint(TRUNCATE)')
    ok.close()
    truncateSync(libraryPath, Math.floor(statSync(libraryPath).size / 2))

    const ctx = await openAppContext({ libraryPath, shell: 'browser' })
    const health = await dispatch(ctx.handlers, 'library.health', {})
    expect(health).toMatchObject({
      ok: true,
      value: { status: 'damaged', path: libraryPath, newestGoodBackup: expect.any(String) },
    })
    const list = await dispatch(ctx.handlers, 'articles.list', {})
    expect(list).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNREADABLE' } })
    if (!list.ok) expect(list.error.message).toContain(libraryPath)

    const name = health.ok ? (health.value as { newestGoodBackup: string }).newestGoodBackup : ''
    const restored = await dispatch(ctx.handlers, 'backup.restore', { name })
    expect(restored).toMatchObject({ ok: true, value: { articleCount: 1 } })
    expect(await dispatch(ctx.handlers, 'library.health', {})).toMatchObject({
      value: { status: 'ok', message: null },
    })
    const after = await dispatch(ctx.handlers, 'articles.list', {})
    expect(after.ok && (after.value as unknown[]).length).toBe(1)
    ctx.close()
  })

  it('rejects restore names that are not listed backups', async () => {
    const libraryPath = join(tempDir(), 'library.sqlite')
    const ctx = await openAppContext({ libraryPath, shell: 'browser' })
    for (const name of ['../library.sqlite', '/etc/passwd', 'x.sqlite', '..\\a.sqlite']) {
      const res = await dispatch(ctx.handlers, 'backup.restore', { name })
      expect(res.ok, name).toBe(false)
    }
    ctx.close()
  })
})
