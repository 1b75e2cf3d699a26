import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { openAppContext } from './core/app-context'
import { PickedFiles } from '@shared/calls/import'
import { dispatch } from './core/api/dispatch'
import { readPickedFiles } from './core/import/picked-files'

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

const { withNativeDialogs } = await import('./dialogs')

describe('import.openDialog in Electron', () => {
  it('hands the picked files to the renderer for review and writes nothing', async () => {
    const dir = tempDir()
    const ctx = await openAppContext({
      libraryPath: join(dir, 'library.sqlite'),
      shell: 'electron',
    })
    const handlers = withNativeDialogs(ctx.handlers, () => null)
    const { dialog } = mock.current!.electron

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await dispatch(handlers, 'import.openDialog', {})).toEqual({
      ok: true,
      value: { files: [], refused: [] },
    })

    const missing = join(dir, '不存在.txt')
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [fixture('policy-notice.txt'), missing],
    })
    const result = await dispatch(handlers, 'import.openDialog', {})
    if (!result.ok) throw new Error(result.error.message)
    const picked = { value: PickedFiles.parse(result.value) }
    expect(picked.value.files.map((f) => f.fileName)).toEqual(['policy-notice.txt'])
    expect(Buffer.from(picked.value.files[0]!.base64, 'base64')).toEqual(
      readFileSync(fixture('policy-notice.txt')),
    )
    expect(picked.value.refused).toEqual([
      { fileName: '不存在.txt', message: `${missing}: no such file`, reason: 'notFound' },
    ])
    expect(await dispatch(handlers, 'library.info', {})).toMatchObject({
      value: { articleCount: 0 },
    })
    ctx.close()
  })
})

describe('readPickedFiles', () => {
  it('refuses the files after the pick passes its total cap, naming each', () => {
    const dir = tempDir()
    const paths = ['一.txt', '二.txt', '三.txt'].map((name) => join(dir, name))
    for (const p of paths) writeFileSync(p, '关于推进招商引资工作的通知\n正文。'.repeat(10))
    const size = readFileSync(paths[0]!).length
    const picked = readPickedFiles(paths, size * 2)
    expect(picked.files.map((f) => f.fileName)).toEqual(['一.txt', '二.txt'])
    expect(picked.refused).toHaveLength(1)
    expect(picked.refused[0]!.fileName).toBe('三.txt')
    expect(picked.refused[0]!.message).toMatch(/三\.txt: not read, the files picked together pass/)
    expect(picked.refused[0]!.reason).toBe('tooLarge')
  })
})
