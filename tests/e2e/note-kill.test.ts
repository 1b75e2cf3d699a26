// Notes survive the process being killed: the browser host runs as a child
// process (the built out/main/host.js), a person types the article's note and
// a highlight's note, and one second later the host is SIGKILLed. A new host
// over the same library shows both notes. Needs `npm run build`.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { createHighlight, findQuote } from '../../src/main/core/highlights/highlights'
import { importPaths } from '../../src/main/core/import/pipeline'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { fixture, repoRoot, tempDir } from '../helpers/temp'

const hostJs = join(repoRoot, 'out', 'main', 'host.js')
const QUOTE = '招商引资'

interface Host {
  child: ChildProcess
  url: string
}

/** Starts the built host over `library` and resolves with the address it prints. */
function startHost(library: string): Promise<Host> {
  const child = spawn(
    process.execPath,
    [hostJs, '--library', library, '--port', '0', '--no-sample'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /running at (\S+)/.exec(out)
      if (m) resolve({ child, url: m[1]! })
    })
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => reject(new Error(`host exited (${code}) before starting: ${out}`)))
  })
}

function kill(host: Host): Promise<void> {
  return new Promise((resolve) => {
    host.child.on('exit', () => resolve())
    host.child.kill('SIGKILL')
  })
}

let browser: Browser
let page: Page
const pageErrors: string[] = []
let library: string

beforeAll(async () => {
  library = join(tempDir(), 'library.sqlite')
  const lib = openLibrary(library)
  await importPaths(lib.db, [fixture('investment-promotion.txt')])
  createHighlight(lib.db, { articleId: 1, ...findQuote(lib.db, 1, QUOTE, 1), color: 'yellow' })
  lib.close()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1400, height: 900 })
  page.setDefaultTimeout(10_000)
})

afterAll(async () => {
  await browser?.close()
})

async function openReader(host: Host): Promise<void> {
  await page.goto(host.url)
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-content').locator('mark.hl').first().waitFor()
}

describe('notes across a killed host', () => {
  it('keeps both notes typed a second before SIGKILL', async () => {
    const first = await startHost(library)
    try {
      await openReader(first)
      await page.getByTestId('article-note').locator('summary').click()
      await page.getByTestId('article-note-editor').click()
      await page.keyboard.type('对照上年目标逐项核实')
      await page.locator('mark.hl').first().click()
      await page.getByTestId('note-editor').click()
      await page.keyboard.type('数字待核')
      await page.waitForTimeout(1000)
    } finally {
      await kill(first)
    }

    const second = await startHost(library)
    try {
      await openReader(second)
      expect(await page.getByTestId('article-note-editor').textContent()).toBe(
        '对照上年目标逐项核实',
      )
      await page.locator('mark.hl').first().click()
      expect(await page.getByTestId('note-editor').textContent()).toBe('数字待核')
      expect(pageErrors).toEqual([])
    } finally {
      await kill(second)
    }
  })
})
