import { describe, expect, it, vi } from 'vitest'
import { tempLibrary } from '../../tests/helpers/temp'
import { callNames, ipcChannel } from '@shared/contract'
import { createHandlers } from './core/api/handlers'

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

const { registerIpc } = await import('./ipc')

const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://pizhu/index.html' } }
const foreign = { sender: { id: 9 }, senderFrame: { url: 'https://evil.example/' } }

describe('IPC registration', () => {
  const handlers = createHandlers({ library: tempLibrary(), shell: 'electron', version: 't' })
  const unregister = registerIpc(handlers, (e) => e.sender.id === 1)
  const ipc = mock.current!.ipcHandlers

  it('registers exactly the contract calls', () => {
    expect([...ipc.keys()].sort()).toEqual(callNames.map(ipcChannel).sort())
  })

  it('answers our own window', async () => {
    const res = await ipc.get(ipcChannel('library.info'))!(trusted, {})
    expect(res).toMatchObject({ ok: true, value: { shell: 'electron' } })
  })

  it('refuses a call from another sender before running the handler', async () => {
    const res = await ipc.get(ipcChannel('articles.list'))!(foreign, {})
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('rejects invalid input by its schema without crashing', async () => {
    const res = await ipc.get(ipcChannel('articles.get'))!(trusted, {
      id: '1; DROP TABLE articles',
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const undef = await ipc.get(ipcChannel('articles.get'))!(trusted, undefined)
    expect(undef).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('removes every handler on cleanup', () => {
    unregister()
    expect(ipc.size).toBe(0)
  })
})
