import { describe, expect, it, vi } from 'vitest'
import { callNames, ipcChannel } from '@shared/contract'

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

await import('./index')

describe('preload bridge', () => {
  it('exposes window.api with one function per contract call and nothing else', () => {
    const api = mock.current!.exposed['api'] as Record<string, (input: unknown) => Promise<unknown>>
    expect(Object.keys(api).sort()).toEqual([...callNames].sort())
    for (const name of callNames) expect(typeof api[name]).toBe('function')
  })

  it('sends each call on its own channel', async () => {
    const api = mock.current!.exposed['api'] as Record<string, (input: unknown) => Promise<unknown>>
    await api['articles.get']!({ id: 3 })
    expect(mock.current!.invoked.at(-1)).toEqual({
      channel: ipcChannel('articles.get'),
      input: { id: 3 },
    })
  })
})
