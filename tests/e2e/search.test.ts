// Search through the UI in headless Chromium against the browser host:
// typing a 2-character query in the header shows results while typing,
// filter chips narrow them, ↓/Enter opens the reader at the match with it
// flashed, a saved search appears in the library as a smart collection, and
// a traditional query (招商引資) finds the simplified text.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const QUOTE = '实际到位市外资金1136.4亿元'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Adds a highlight with a note the way the reader stores one (plain SQL on the library). */
function addHighlight(libraryPath: string): void {
  const lib = openLibrary(libraryPath)
  try {
    const { id, text } = lib.db
      .prepare("SELECT id, text FROM articles WHERE title LIKE '%招商引资%'")
      .get() as { id: number; text: string }
    const start = text.indexOf(QUOTE)
    lib.db
      .prepare(
        `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'yellow', '招商成效的核心数据，写简报时引用', 'now', 'now')`,
      )
      .run(id, start, start + QUOTE.length, QUOTE)
  } finally {
    lib.close()
  }
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, [
    join(repoRoot, 'tests', 'fixtures', 'investment-promotion.txt'),
    join(repoRoot, 'tests', 'fixtures', 'digital-economy-plan.md'),
  ])
  await page.getByTestId('article-row').nth(1).waitFor()
  addHighlight(host.libraryPath)
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('search (browser host)', () => {
  it('shows results while a 2-character query is typed, notes first, matches marked', async () => {
    const box = page.getByTestId('search-box')
    await box.click()
    await box.pressSequentially('招', { delay: 30 })
    await page.getByTestId('search-view').waitFor()
    await page.getByTestId('search-hit').first().waitFor() // one character already answers
    await box.pressSequentially('商', { delay: 30 })
    await expect.poll(() => page.url()).toContain(encodeURIComponent('招商'))
    await expect
      .poll(async () =>
        (await page.locator('.search-hit__match').allTextContents()).every((m) => m === '招商'),
      )
      .toBe(true)
    const hits = page.getByTestId('search-hit')
    expect(await hits.first().textContent()).toContain('批注') // the note hit comes first
    expect(await hits.first().textContent()).toContain('写简报时引用')
    expect(await hits.first().locator('.search-hit__quote').textContent()).toBe(QUOTE)
    const summary = await page.getByTestId('search-summary').textContent()
    expect(summary).toMatch(/划线与批注 1 条 · 文章 \d+ 篇/)
    await page.screenshot({ path: join(shotsDir, 'search-results.png'), animations: 'disabled' })
  })

  it('narrows by a kind chip', async () => {
    await page.getByRole('button', { name: '文章', exact: true }).click()
    await expect.poll(() => page.url()).toContain('kind=article')
    await expect
      .poll(async () => (await page.getByTestId('search-hit').first().textContent()) ?? '')
      .not.toContain('批注')
    await page.getByRole('button', { name: '全部', exact: true }).click()
    await expect.poll(() => page.url()).not.toContain('kind=')
  })

  it('opens the selected result with ↓ and Enter, landing on the flashed match', async () => {
    await page.getByTestId('search-box').focus()
    await page.keyboard.press('ArrowDown') // from the note to the first article
    await expect.poll(() => page.locator('.search-hit--selected').count()).toBe(1)
    expect(await page.locator('.search-hit--selected').textContent()).toContain('文章')
    await page.keyboard.press('Enter')
    await page.getByTestId('reader-view').waitFor()
    expect(page.url()).toMatch(/#\/article\/\d+\?at=\d+-\d+$/)
    const flash = page.getByTestId('flash')
    await flash.waitFor({ state: 'attached' })
    expect(await flash.getAttribute('data-text')).toBe('招商')
    await page.screenshot({ path: join(shotsDir, 'search-flash.png') })
  })

  it('opens a note result at its highlight, scrolled into view', async () => {
    await page.goBack()
    await page.getByTestId('search-view').waitFor()
    await page.getByTestId('search-hit').first().click()
    await page.getByTestId('reader-view').waitFor()
    const flash = page.getByTestId('flash')
    await flash.waitFor({ state: 'attached' })
    expect(await flash.getAttribute('data-text')).toBe(QUOTE)
    const box = await flash.locator('.flash-at__box').first().boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(900)
  })

  it('saves a search, which the library shows as a smart collection', async () => {
    await page.goBack()
    await page.getByTestId('search-view').waitFor()
    await page.getByRole('button', { name: '保存为智能集合' }).click()
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存“招商”').waitFor()
    await page.locator('.app-header__brand').click()
    await page.getByTestId('library-view').waitFor()
    const collection = page.getByTestId('saved-searches').getByRole('link', { name: '招商' })
    await collection.waitFor()
    await page.screenshot({
      path: join(shotsDir, 'search-collections.png'),
      animations: 'disabled',
    })
    await collection.click()
    await page.getByTestId('search-hit').first().waitFor()
    expect(await page.getByTestId('search-box').inputValue()).toBe('招商')
  })

  it('finds simplified text with a traditional query, marking the simplified original', async () => {
    const box = page.getByTestId('search-box')
    await box.fill('招商引資')
    await expect.poll(() => page.url()).toContain(encodeURIComponent('招商引資'))
    await page.getByTestId('search-hit').first().waitFor()
    await expect
      .poll(async () => {
        const marks = await page.locator('.search-hit__match').allTextContents()
        return marks.length > 0 && marks.every((m) => m === '招商引资')
      })
      .toBe(true)
    await page.screenshot({
      path: join(shotsDir, 'search-traditional.png'),
      animations: 'disabled',
    })
  })

  it('shows more results on request when a query matches more than a page', async () => {
    // 70 highlights of one phrase (the reader stores them the same way).
    const lib = openLibrary(host.libraryPath)
    try {
      const { id, text } = lib.db
        .prepare("SELECT id, text FROM articles WHERE title LIKE '%招商引资%'")
        .get() as { id: number; text: string }
      const start = text.indexOf('产业')
      const insert = lib.db.prepare(
        `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
         VALUES (?, ?, ?, '产业', 'green', ?, 'now', 'now')`,
      )
      lib.db.transaction(() => {
        for (let i = 0; i < 70; i++) insert.run(id, start, start + 2, `第${i}条摘录`)
      })()
    } finally {
      lib.close()
    }
    await page.getByTestId('search-box').fill('摘录')
    const notes = page.getByTestId('search-hit').filter({ hasText: '摘录' })
    await expect.poll(() => notes.count()).toBe(50)
    await expect
      .poll(() => page.getByTestId('search-summary').textContent())
      .toMatch(/划线与批注 70 条/)
    await page.getByTestId('search-more').click()
    await expect.poll(() => notes.count()).toBe(70)
    await expect.poll(() => page.getByTestId('search-more').count()).toBe(0)
  })

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([])
  })
})
