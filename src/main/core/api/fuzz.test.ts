// Contract fuzzing: for every call, hundreds of generated invalid payloads go
// through `dispatch`; each must come back as a one-line INVALID_INPUT error
// without its handler running, nothing may escape as an exception, no
// prototype may be polluted, and the database must be unchanged.
import { describe, expect, it } from 'vitest'
import { callNames, contract } from '@shared/contract'
import { databaseChecksum, invalidPayloads } from '../../../../tests/helpers/fuzz'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { importPaths } from '../import/pipeline'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

const PER_CALL = 300

describe('contract fuzzing through dispatch', () => {
  it(`rejects ${PER_CALL} invalid payloads for every call and writes nothing`, async () => {
    const library = tempLibrary()
    await importPaths(library.db, [fixture('policy-notice.txt')])
    const before = databaseChecksum(library.db)
    const real = createHandlers({ library, shell: 'browser', version: 'test' })
    const ran: string[] = []
    const spied = Object.fromEntries(
      callNames.map((name) => [
        name,
        (input: unknown) => {
          ran.push(name)
          return (real[name] as (i: unknown) => unknown)(input)
        },
      ]),
    ) as unknown as Handlers

    let total = 0
    for (const [i, name] of callNames.entries()) {
      const payloads = invalidPayloads(contract[name].input, PER_CALL, 1000 + i)
      expect(payloads.length, name).toBe(PER_CALL)
      for (const payload of payloads) {
        const result = await dispatch(spied, name, payload)
        expect(result.ok, `${name} ${JSON.stringify(payload).slice(0, 200)}`).toBe(false)
        if (!result.ok) {
          expect(result.error.code).toBe('INVALID_INPUT')
          expect(result.error.message).not.toContain('\n')
        }
        total++
      }
    }
    expect(ran).toEqual([])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(databaseChecksum(library.db)).toBe(before)
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok')
    console.log(`[fuzz] ${total} invalid payloads over ${callNames.length} calls, all rejected`)
  })

  it('rejects unknown call names and odd names without running anything', async () => {
    const library = tempLibrary()
    const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'library']) {
      const result = await dispatch(handlers, name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('answers valid but extreme reads with a result or a clean error, writing nothing', async () => {
    const library = tempLibrary()
    await importPaths(library.db, [fixture('policy-notice.txt')])
    const before = databaseChecksum(library.db)
    const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
    for (const id of [1, 2, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const res = await dispatch(handlers, 'articles.get', { id })
      if (id === 1) expect(res.ok).toBe(true)
      else expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    for (const offset of [0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const res = await dispatch(handlers, 'articles.list', { limit: 10_000, offset })
      expect(res.ok).toBe(true)
    }
    const dialog = await dispatch(handlers, 'backup.restoreFromDialog', {})
    expect(dialog).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } })
    expect(databaseChecksum(library.db)).toBe(before)
  })
})
