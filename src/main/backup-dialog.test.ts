import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { openAppContext } from './core/app-context'
import { dispatch } from './core/api/dispatch'
import { backupLibrary } from './core/backup/create-backup'
import { importPaths } from './core/import/pipeline'

const mock = vi.hoisted(() => ({
  current: null as null | ReturnType<
    typeof import('../../tests/helpers/electron-mock').makeElectronMock
  >,
}))

vi.mock('electron', async () => {
  const { makeElectronMock } = await import('../../tests/helpers/electron-mock')
  mock.current = makeElectronMock()
  return { ...mock.current.electron, default: mock.current.electron }
})

const { withRestoreDialog } = await import('./backup-dialog')

describe('restore from a file chosen in main’s own dialog', () => {
  it('restores the picked file, does nothing when cancelled, refuses a non-library', async () => {
    const dir = tempDir()
    const ctx = await openAppContext({
      libraryPath: join(dir, 'library.sqlite'),
      shell: 'electron',
    })
    await importPaths(ctx.library.db, [fixture('policy-notice.txt')])
    const saved = join(dir, 'elsewhere.sqlite')
    await backupLibrary(ctx.library.db, ctx.libraryPath, 'manual', { target: saved })
    await importPaths(ctx.library.db, [fixture('investment-promotion.txt')])
    const handlers = withRestoreDialog(ctx.handlers, ctx.session, () => null)
    const { dialog } = mock.current!.electron

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await dispatch(handlers, 'backup.restoreFromDialog', {})).toEqual({
      ok: true,
      value: null,
    })

    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [fixture('policy-notice.txt')],
    })
    const refused = await dispatch(handlers, 'backup.restoreFromDialog', {})
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNREADABLE' } })
    expect((await dispatch(handlers, 'library.info', {})).ok).toBe(true)

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [saved] })
    const restored = await dispatch(handlers, 'backup.restoreFromDialog', {})
    expect(restored).toMatchObject({ ok: true, value: { articleCount: 1 } })
    expect(await dispatch(handlers, 'library.info', {})).toMatchObject({
      value: { articleCount: 1 },
    })
    ctx.close()
  })
})
