import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir, tempLibrary } from '../../tests/helpers/temp'
import { createHandlers } from '../main/core/api/handlers'
import { startHost, type RunningHost } from './server'

let host: RunningHost
let root: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let data = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (data += c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }),
        )
      },
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(
    'POST',
    `/api/${name}`,
    { 'X-Pizhu-Token': host.token, 'Content-Type': 'application/json', ...headers },
    JSON.stringify(input),
  )

beforeAll(async () => {
  root = tempDir()
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>批注</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret')
  const handlers = createHandlers({ library: tempLibrary(), shell: 'browser', version: 'test' })
  host = await startHost({ handlers, rendererDir: root, port: 0 })
})

afterAll(async () => {
  await host.close()
})

describe('browser host', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    const addr = host.server.address()
    expect(addr).toMatchObject({ address: '127.0.0.1' })
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the page with the token, sets a strict cookie and the CSP', async () => {
    const res = await send('GET', `/?token=${host.token}`)
    expect(res.status).toBe(200)
    expect(res.body).toContain('批注')
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    const cookie = String(res.headers['set-cookie']).split(';')[0]!
    const asset = await send('GET', '/assets/app.js', { Cookie: cookie })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
  })

  it('refuses pages and assets without the token', async () => {
    expect((await send('GET', '/')).status).toBe(401)
    expect((await send('GET', '/?token=wrong')).status).toBe(401)
    expect((await send('GET', '/assets/app.js', { Cookie: 'pizhu_token=wrong' })).status).toBe(401)
  })

  it('refuses API calls without the token header, even with the cookie', async () => {
    const res = await send(
      'POST',
      '/api/articles.list',
      { Cookie: `pizhu_token=${host.token}` },
      '{}',
    )
    expect(res.status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await send('GET', `/?token=${host.token}`, { Host: 'evil.example:80' })).status).toBe(
      421,
    )
    expect((await api('articles.list', {}, { Host: `attacker.test:${host.port}` })).status).toBe(
      421,
    )
    expect((await api('articles.list', {}, { Origin: 'https://evil.example' })).status).toBe(403)
    expect(
      (await api('articles.list', {}, { Origin: `http://127.0.0.1:${host.port}` })).status,
    ).toBe(200)
  })

  it('refuses requests a browser marks as cross-site or same-site (another local port)', async () => {
    for (const site of ['cross-site', 'same-site']) {
      expect((await send('GET', `/?token=${host.token}`, { 'Sec-Fetch-Site': site })).status).toBe(
        403,
      )
      expect((await api('library.info', {}, { 'Sec-Fetch-Site': site })).status).toBe(403)
    }
    for (const site of ['none', 'same-origin']) {
      expect((await send('GET', `/?token=${host.token}`, { 'Sec-Fetch-Site': site })).status).toBe(
        200,
      )
    }
    expect((await api('library.info', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
  })

  it('runs contract calls and returns their Result', async () => {
    const res = await api('library.info', {})
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { shell: 'browser', articleCount: 0 },
    })
    const imported = await api('import.file', {
      fileName: '通知.txt',
      base64: Buffer.from('关于开展调研的通知\n请各单位于5月底前报送材料。').toString('base64'),
    })
    expect(JSON.parse(imported.body)).toMatchObject({
      ok: true,
      value: { imported: [{ title: '关于开展调研的通知' }] },
    })
  })

  it('answers bad calls with readable errors and keeps serving', async () => {
    expect(JSON.parse((await api('articles.get', { id: -1 })).body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    const notJson = await send(
      'POST',
      '/api/articles.list',
      { 'X-Pizhu-Token': host.token },
      '{oops',
    )
    expect(notJson.status).toBe(400)
    expect(JSON.parse((await api('nope.call', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await api('library.info', {})).status).toBe(200)
  })

  it('never serves files outside the renderer folder', async () => {
    const res = await send('GET', `/..%2f..%2fsecret.txt?token=${host.token}`)
    expect(res.status).toBe(404)
    const res2 = await send('GET', `/../../etc/passwd?token=${host.token}`)
    expect(res2.status).toBe(404)
  })
})
