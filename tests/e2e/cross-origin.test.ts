// A page on a second local server (another origin, same machine) attacks the
// browser host in Chromium: fetch with and without CORS, XHR, a form post, an
// image, a script and a frame — even knowing the token. Every request that
// reaches the host must be refused, the page must read nothing, and the
// library must be unchanged. Needs `npm run build` (out/renderer).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../src/host/server'
import { openAppContext, type AppContext } from '../../src/main/core/app-context'
import { databaseChecksum } from '../helpers/fuzz'
import { launchBrowser } from '../helpers/browser'
import { repoRoot, tempDir } from '../helpers/temp'

let ctx: AppContext
let host: RunningHost
let attacker: Server
let attackerUrl: string
let browser: Browser
const seenByHost: { method: string; url: string; status: number; site: string }[] = []

function attackPage(target: string, token: string): string {
  const body = JSON.stringify({
    fileName: 'evil.txt',
    base64: Buffer.from('恶意文章\n\n正文').toString('base64'),
  })
  return `<!doctype html><meta charset="utf-8"><title>attacker</title><body><script>
const target = ${JSON.stringify(target)}, token = ${JSON.stringify(token)}, body = ${JSON.stringify(body)};
const results = {};
async function attempt(name, fn) {
  try { results[name] = await fn() } catch (e) { results[name] = 'blocked: ' + e.name }
}
window.done = (async () => {
  await attempt('fetch-cors-with-token', async () => {
    const r = await fetch(target + '/api/import.file', { method: 'POST', body,
      headers: { 'Content-Type': 'application/json', 'X-Pizhu-Token': token } })
    return 'read ' + r.status + ' ' + (await r.text())
  })
  await attempt('fetch-no-cors-post', async () => {
    const r = await fetch(target + '/api/import.file', { method: 'POST', mode: 'no-cors', body })
    return r.type === 'opaque' ? 'opaque' : 'read ' + (await r.text())
  })
  await attempt('fetch-no-cors-page', async () => {
    const r = await fetch(target + '/?token=' + token, { mode: 'no-cors' })
    return r.type === 'opaque' ? 'opaque' : 'read ' + (await r.text())
  })
  await attempt('xhr-page', () => new Promise((resolve) => {
    const x = new XMLHttpRequest()
    x.open('GET', target + '/?token=' + token)
    x.onload = () => resolve('read ' + x.status + ' ' + x.responseText.slice(0, 80))
    x.onerror = () => resolve('blocked: xhr error')
    x.send()
  }))
  await attempt('image', () => new Promise((resolve) => {
    const img = new Image()
    img.onload = () => resolve('loaded')
    img.onerror = () => resolve('blocked: image error')
    img.src = target + '/?token=' + token
  }))
  await attempt('script', () => new Promise((resolve) => {
    const s = document.createElement('script')
    s.onload = () => resolve('loaded')
    s.onerror = () => resolve('blocked: script error')
    s.src = target + '/?token=' + token
    document.body.append(s)
  }))
  await attempt('form-post', () => new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.name = 'sink'
    document.body.append(frame)
    const f = document.createElement('form')
    f.method = 'POST'; f.target = 'sink'; f.enctype = 'text/plain'
    f.action = target + '/api/import.file'
    const i = document.createElement('input'); i.name = body.slice(0, -2); i.value = '"}'
    f.append(i); document.body.append(f)
    frame.onload = () => resolve('submitted')
    f.submit()
  }))
  await attempt('frame', () => new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.onload = () => resolve('frame finished (content is cross-origin, unreadable)')
    frame.src = target + '/?token=' + token
    document.body.append(frame)
  }))
  return results
})()
</script>`
}

beforeAll(async () => {
  ctx = await openAppContext({
    libraryPath: join(tempDir(), 'library.sqlite'),
    shell: 'browser',
    dailyBackup: false,
  })
  host = await startHost({
    handlers: ctx.handlers,
    rendererDir: join(repoRoot, 'out', 'renderer'),
    port: 0,
  })
  host.server.on('request', (req, res) => {
    res.on('finish', () =>
      seenByHost.push({
        method: req.method ?? '',
        url: (req.url ?? '').replace(host.token, 'TOKEN'),
        status: res.statusCode,
        site: String(req.headers['sec-fetch-site'] ?? ''),
      }),
    )
  })
  const target = `http://127.0.0.1:${host.port}`
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(attackPage(target, host.token))
  })
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r))
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => attacker?.close(r))
  await host?.close()
  ctx?.close()
})

describe('browser host against a page on another origin', () => {
  it('refuses and counts every request, even with the token, and nothing is read or written', async () => {
    const before = databaseChecksum(ctx.library.db)
    const page = await browser.newPage()
    await page.goto(attackerUrl)
    const results = (await page.evaluate('window.done')) as Record<string, string>
    await page.close()

    for (const [name, outcome] of Object.entries(results)) {
      expect(outcome, name).not.toMatch(/^read|^loaded/)
      // a frame or form target fires onload even for an error page; the host's status decides
      if (name !== 'form-post' && name !== 'frame')
        expect(outcome, name).toMatch(/^blocked|^opaque/)
    }
    expect(seenByHost.length).toBeGreaterThanOrEqual(6)
    for (const r of seenByHost) expect(r.status, `${r.method} ${r.url}`).toBeGreaterThanOrEqual(400)
    expect(databaseChecksum(ctx.library.db)).toBe(before)
    const refused = [...seenByHost]

    // The real page, opened as a person would, still works.
    const own = await browser.newPage()
    seenByHost.length = 0
    await own.goto(host.url)
    await own.getByTestId('library-menu').waitFor()
    await own.close()
    expect(seenByHost.every((r) => r.status < 400)).toBe(true)
    console.log(
      `[cross-origin] ${Object.keys(results).length} attacks, ${refused.length} requests reached the host, all refused: ` +
        JSON.stringify(refused.map((r) => `${r.method} ${r.url} ${r.status} (${r.site})`)),
    )
  })
})
