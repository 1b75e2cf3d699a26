import { describe, expect, it, vi } from 'vitest'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { readFileSync } from 'node:fs'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

function handlers(): Handlers {
  return createHandlers({ library: tempLibrary(), shell: 'browser', version: 'test' })
}

describe('dispatch', () => {
  it('runs a call and returns its result', async () => {
    const h = handlers()
    const bytes = readFileSync(fixture('policy-notice.txt'))
    const res = await dispatch(h, 'import.file', {
      fileName: 'n.txt',
      base64: bytes.toString('base64'),
    })
    expect(res.ok).toBe(true)
    const list = await dispatch(h, 'articles.list', {})
    expect(list).toMatchObject({ ok: true, value: [{ title: '南江市出台优化营商环境“24条”措施' }] })
  })

  it('rejects invalid input by its schema with a readable message', async () => {
    const h = handlers()
    const res = await dispatch(h, 'articles.get', { id: 'seven' })
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INVALID_INPUT')
    expect(res.error.message).toMatch(/^articles\.get: .*id/)
    const extra = await dispatch(h, 'articles.list', { limit: 5, sql: 'DROP TABLE articles' })
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('answers an unknown call without throwing', async () => {
    expect(await dispatch(handlers(), 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('turns an import failure into an error naming the file', async () => {
    const res = await dispatch(handlers(), 'import.file', { fileName: '空白.txt', base64: '' })
    expect(res).toEqual({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: '空白.txt: the file is empty', file: '空白.txt' },
    })
  })

  it('reports NOT_FOUND for an unknown article', async () => {
    expect(await dispatch(handlers(), 'articles.get', { id: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('contains an unexpected handler crash as INTERNAL', async () => {
    const h = handlers()
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken: Handlers = {
      ...h,
      'articles.list': () => {
        throw new TypeError('boom')
      },
    }
    const res = await dispatch(broken, 'articles.list', {})
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'articles.list failed: boom' },
    })
    spy.mockRestore()
  })
})
