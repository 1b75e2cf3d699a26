// `npm start` where the Electron binary is missing: one line saying so, then
// the browser host, serving the library over loopback with its token.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repoRoot, tempDir } from '../helpers/temp'

let child: ChildProcess | null = null

afterEach(() => {
  child?.kill('SIGTERM')
  child = null
})

function waitForUrl(proc: ChildProcess): Promise<{ lines: string[]; url: string }> {
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(
      () => reject(new Error(`no URL printed; output so far:\n${out}`)),
      60_000,
    )
    proc.stdout!.setEncoding('utf8')
    proc.stdout!.on('data', (chunk: string) => {
      out += chunk
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ lines: out.trim().split('\n'), url: m[1]! })
      }
    })
    proc.on('exit', (code) => reject(new Error(`exited with ${code}; output:\n${out}`)))
  })
}

describe('npm start without the Electron binary', () => {
  it('says so in one line and serves the app through the browser host', async () => {
    const library = join(tempDir(), 'library.sqlite')
    child = spawn(
      process.execPath,
      [join(repoRoot, 'scripts', 'start.mjs'), '--port', '0', '--library', library],
      {
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const { lines, url } = await waitForUrl(child)
    expect(lines[0]).toMatch(
      /^Electron binary not installed here; starting the browser host instead/,
    )
    expect(lines.filter((l) => /Electron/.test(l))).toHaveLength(1)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/<div id="root">/)
    const token = new URL(url).searchParams.get('token')!
    const info = (await (
      await fetch(new URL('/api/library.info', url), {
        method: 'POST',
        headers: { 'X-Pizhu-Token': token, 'Content-Type': 'application/json' },
        body: '{}',
      })
    ).json()) as { ok: boolean; value: { path: string; articleCount: number } }
    expect(info.ok).toBe(true)
    expect(info.value.path).toBe(library)
    // First launch shows the sample library.
    expect(info.value.articleCount).toBeGreaterThan(0)
  })
})
