// Sharing annotations in the UI, in headless Chromium against the browser
// host: the header's 资料库 menu imports a colleague's annotation file, shows
// what was added and what could not be placed, and the highlights appear in
// the reader. Needs `npm run build` (the host serves out/renderer).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { gatherArticle } from '../../src/main/core/export/gather'
import { toWebAnnotations } from '../../src/main/core/export/web-annotation'
import { createHighlight, findQuote } from '../../src/main/core/highlights/highlights'
import { importPaths } from '../../src/main/core/import/pipeline'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost } from '../helpers/host'
import { fixture, repoRoot, tempDir, tempLibrary } from '../helpers/temp'

const shotsDir = join(repoRoot, 'test-results')
let browser: Browser

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A colleague's file: two highlights on the notice and one on an article this library lacks. */
async function colleagueFile(dir: string): Promise<string> {
  const theirs = tempLibrary()
  await importPaths(theirs.db, [fixture('policy-notice.txt'), fixture('investment-promotion.txt')])
  const mark = (articleId: number, quote: string, more = {}) =>
    createHighlight(theirs.db, { articleId, ...findQuote(theirs.db, articleId, quote), ...more })
  mark(1, '企业开办时间压缩至1个工作日以内', { noteText: '比省里要求更快', tags: ['营商环境'] })
  mark(1, '设立“办不成事”反映窗口', { color: 'green' })
  const other = theirs.db.prepare('SELECT id, text FROM articles WHERE id = 2').get() as {
    id: number
    text: string
  }
  mark(
    other.id,
    other.text
      .split('\n')
      .find((l) => l.length > 30)!
      .slice(2, 20),
  )
  const sections = [1, 2].flatMap((id) => gatherArticle(theirs.db, id, '2026-01-01').sections)
  const file = join(dir, '同事批注.json')
  writeFileSync(file, toWebAnnotations({ title: '同事批注', summary: '', sections, createdAt: '' }))
  return file
}

describe('sharing annotations in the UI', () => {
  it('imports a colleague file from the library menu and shows the summary', async () => {
    const dir = tempDir()
    const file = await colleagueFile(dir)
    const libraryPath = join(dir, 'library.sqlite')
    const lib = openLibrary(libraryPath)
    await importPaths(lib.db, [fixture('policy-notice.txt')])
    lib.close()
    const host = await startTestHost({ libraryPath })
    const errors: string[] = []
    const page = await newWatchedPage(browser, errors)
    try {
      await page.goto(host.url)
      await page.getByTestId('library-menu').click()
      await page.screenshot({ path: join(shotsDir, 'sharing-menu.png') })
      const chooser = page.waitForEvent('filechooser')
      await page.getByTestId('annotations-import').click()
      await (await chooser).setFiles(file)
      const counts = page.getByTestId('annotations-counts')
      await expect.poll(() => counts.textContent()).toContain('新增 2 条')
      expect(await counts.textContent()).toContain('未能定位 1 条')
      const summary = page.getByTestId('annotations-summary')
      expect(await summary.textContent()).toContain('资料库中没有这篇文章')
      await page.screenshot({ path: join(shotsDir, 'sharing-summary.png') })
      await page.getByTestId('annotations-close').click()
      await page.getByTestId('article-row').first().click()
      const marks = page.getByTestId('reader-content').locator('mark.hl')
      await expect.poll(() => marks.count()).toBe(2)
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await host.close()
    }
  })
})
