// The browser host under hostile requests: invalid payloads for every call
// over HTTP, bodies that are not JSON, and a body over the size cap. Each is
// refused with an error, the host keeps serving and the database is unchanged.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callNames, contract } from '@shared/contract'
import { databaseChecksum, invalidPayloads } from '../../tests/helpers/fuzz'
import { fixture, tempDir, tempLibrary } from '../../tests/helpers/temp'
import type { Library } from '../main/core/db/open'
import { createHandlers } from '../main/core/api/handlers'
import { importPaths } from '../main/core/import/pipeline'
import { MAX_BODY, startHost, type RunningHost } from './server'

const PER_CALL = 40
let host: RunningHost
let library: Library

/** POSTs `chunks` to /api/NAME; resolves with the status and body, or the socket error. */
function post(
  name: string,
  chunks: (string | Buffer)[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${encodeURIComponent(name)}`,
        headers: {
          Host: `127.0.0.1:${host.port}`,
          'X-Pizhu-Token': host.token,
          'Content-Type': 'application/json',
        },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    const write = (i: number): void => {
      if (i === chunks.length) return void req.end()
      if (req.destroyed) return
      req.write(chunks[i]!, () => write(i + 1))
    }
    write(0)
  })
}

beforeAll(async () => {
  library = tempLibrary()
  await importPaths(library.db, [fixture('policy-notice.txt')])
  const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
  host = await startHost({ handlers, rendererDir: tempDir(), port: 0 })
})

afterAll(async () => {
  await host.close()
})

describe('browser host under hostile requests', () => {
  it(`rejects ${PER_CALL} invalid payloads per call and non-JSON bodies, writing nothing`, async () => {
    const before = databaseChecksum(library.db)
    let total = 0
    for (const [i, name] of callNames.entries()) {
      for (const payload of invalidPayloads(contract[name].input, PER_CALL, 7000 + i)) {
        const res = await post(name, [JSON.stringify(payload)])
        expect(res.status).toBe(200)
        expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
        total++
      }
      for (const body of ['{', 'undefined', '\u0000', '{"a":1}{', '\ud800']) {
        const res = await post(name, [body])
        expect(res.status, `${name} ${body}`).toBeGreaterThanOrEqual(200)
        expect(JSON.parse(res.body)).toMatchObject({ ok: false })
        total++
      }
    }
    expect(databaseChecksum(library.db)).toBe(before)
    const info = await post('library.info', ['{}'])
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { articleCount: 1 } })
    console.log(`[fuzz http] ${total} hostile requests over ${callNames.length} calls, all refused`)
  })

  it('refuses a body over the size cap with 413 and keeps serving', async () => {
    const before = databaseChecksum(library.db)
    const chunk = Buffer.alloc(1 << 20, 0x61)
    const chunks = [Buffer.from('{"fileName":"a.txt","base64":"')]
    for (let sent = 0; sent <= MAX_BODY; sent += chunk.length) chunks.push(chunk)
    chunks.push(Buffer.from('"}'))
    const res = await post('import.file', chunks)
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const info = await post('library.info', ['{}'])
    expect(info.status).toBe(200)
    expect(databaseChecksum(library.db)).toBe(before)
  })
})
