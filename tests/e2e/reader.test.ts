// The reader's own state in Chromium against the browser host: the article's
// note (typed, autosaved, back after a reload), the outline pane with its
// position marker, and returning to where the person stopped reading.
// Needs `npm run build`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { run } from '../helpers/cli'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const LONG = join(repoRoot, 'tests', 'fixtures', 'investment-promotion.txt')
const PLAN = join(repoRoot, 'tests', 'fixtures', 'digital-economy-plan.md')

declare const window: { scrollY: number; scrollTo(x: number, y: number): void }
declare const document: { activeElement: { getAttribute(name: string): string | null } | null }

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

function one<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return db.prepare(sql).get(...params) as T | undefined
  } finally {
    db.close()
  }
}

async function openArticle(title: string): Promise<void> {
  await page.getByTestId('article-row').filter({ hasText: title }).click()
  await page.getByTestId('reader-view').waitFor()
  await page.getByTestId('reader-content').locator('p').first().waitFor()
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1400, height: 700 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await importThroughUi(page, [LONG, PLAN])
  await page.getByTestId('article-row').nth(1).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('the reader remembers (browser host)', () => {
  it("keeps the article's own rich-text note across a reload", async () => {
    await openArticle('数字经济')
    const note = page.getByTestId('article-note')
    await note.locator('summary').click()
    await page.getByTestId('article-note-editor').click()
    await page.keyboard.type('与上海方案')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('逐条对照')
    await page.keyboard.press('Control+b')
    const id = one<{ id: number }>("SELECT id FROM articles WHERE title LIKE '%数字经济%'")!.id
    await expect
      .poll(
        () =>
          one<{ note_text: string }>('SELECT note_text FROM article_notes WHERE article_id = ?', id)
            ?.note_text,
        { timeout: 3000 },
      )
      .toBe('与上海方案逐条对照')
    await page.reload()
    await page.getByTestId('reader-content').locator('p').first().waitFor()
    const editor = page.getByTestId('article-note-editor')
    expect(await editor.textContent()).toBe('与上海方案逐条对照')
    expect(await editor.locator('.note__bold').textContent()).toBe('逐条对照')
    expect(await note.getAttribute('open')).not.toBeNull()
  })

  it('lists sub-headings and highlights in the outline and marks where the reader is', async () => {
    const items = page.getByTestId('outline-item')
    await expect.poll(() => items.allTextContents()).toEqual(['总体目标', '重点任务', '保障措施'])
    await expect.poll(() => items.first().getAttribute('aria-current')).toBeNull()
    await items.filter({ hasText: '总体目标' }).click()
    await expect.poll(() => items.first().getAttribute('aria-current')).toBe('location')
    // The last section cannot reach the reading line: at the bottom the marker is on it, 100 %.
    await items.filter({ hasText: '保障措施' }).click()
    await expect.poll(() => items.last().getAttribute('aria-current')).toBe('location')
    expect(await page.getByTestId('reading-progress').textContent()).toBe('已读 100%')
    await page.screenshot({ path: join(shotsDir, 'reader-outline.png'), animations: 'disabled' })
    expect(pageErrors).toEqual([])
  })

  it('returns to where the person stopped reading', async () => {
    await page.getByTestId('back-to-library').click()
    await openArticle('招商引资')
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.evaluate(() => window.scrollTo(0, 900))
    const id = one<{ id: number }>("SELECT id FROM articles WHERE title LIKE '%招商引资%'")!.id
    await expect
      .poll(
        () =>
          one<{ offset: number }>('SELECT offset FROM reading_positions WHERE article_id = ?', id)
            ?.offset ?? 0,
      )
      .toBeGreaterThan(100)
    const progress = await page.getByTestId('reading-progress').textContent()
    expect(progress).not.toBe('已读 0%')
    await page.getByTestId('back-to-library').click()
    await openArticle('招商引资')
    // The restored position settles while late blocks lay out (the pin holds it there).
    await expect
      .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - 900))
      .toBeLessThan(60)
    await expect.poll(() => page.getByTestId('reading-progress').textContent()).toBe(progress)
    expect(pageErrors).toEqual([])
  })

  it('finds in the article with Ctrl+F: matches drawn, Enter and Shift+Enter cycle, Esc closes', async () => {
    const text = one<{ text: string }>(
      "SELECT text FROM articles WHERE title LIKE '%招商引资%'",
    )!.text
    const total = text.split('项目').length - 1
    expect(total).toBeGreaterThan(2)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.keyboard.press('Control+f')
    await page.getByTestId('find-bar').waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'find-input',
    )
    await page.keyboard.type('项目')
    const count = page.getByTestId('find-count')
    await expect.poll(() => count.textContent()).toBe(`第 1 / ${total} 处`)
    expect(await page.getByTestId('find-current').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('.find-box').count()).toBeGreaterThanOrEqual(total)
    await page.keyboard.press('Enter')
    await expect.poll(() => count.textContent()).toBe(`第 2 / ${total} 处`)
    await page.keyboard.press('Shift+Enter')
    await page.keyboard.press('Shift+Enter')
    await expect.poll(() => count.textContent()).toBe(`第 ${total} / ${total} 处`)
    await page.screenshot({ path: join(shotsDir, 'reader-find.png'), animations: 'disabled' })
    // Full-width and case variants are found like search finds them.
    await page.getByTestId('find-input').fill('ＧＤＰ不存在的词')
    await expect.poll(() => count.textContent()).toBe('无匹配')
    await page.keyboard.press('Escape')
    await page.getByTestId('find-bar').waitFor({ state: 'detached' })
    expect(await page.locator('.find-box').count()).toBe(0)
    expect(page.url()).toMatch(/#\/article\/\d+$/) // not sent to the search page
  })

  it('goes to the next and previous highlight with ] and [, and article with J and K', async () => {
    const id = one<{ id: number }>("SELECT id FROM articles WHERE title LIKE '%招商引资%'")!.id
    for (const quote of ['招商引资', '生命线']) {
      const added = await run(
        '--library',
        host.libraryPath,
        'highlight',
        'add',
        String(id),
        '--quote',
        quote,
      )
      expect(added.code).toBe(0)
    }
    await page.reload()
    await page.getByTestId('reader-content').locator('mark.hl').nth(1).waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press(']')
    const card = page.getByTestId('highlight-card')
    await expect.poll(() => card.textContent()).toContain('招商引资')
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press(']')
    await page.keyboard.press(']')
    await expect.poll(() => card.textContent()).toContain('生命线')
    await page.keyboard.press('[')
    await expect.poll(() => card.textContent()).toContain('招商引资')
    await page.keyboard.press('Escape')
    await page.getByTestId('article-note').locator('summary').click()
    await page.screenshot({
      path: join(shotsDir, 'reader-outline-highlights.png'),
      animations: 'disabled',
    })
    await page.getByTestId('article-note').locator('summary').click()
    const items = await page.getByTestId('outline-item').allTextContents()
    expect(items.filter((x) => x.includes('招商引资') || x.includes('生命线'))).toHaveLength(2)

    // J / K follow the library's order (newest import first); go one way and back.
    const db = new Database(host.libraryPath, { readonly: true })
    const order = (
      db.prepare('SELECT id FROM articles ORDER BY created_at DESC, id ASC').all() as {
        id: number
      }[]
    ).map((r) => r.id)
    db.close()
    const at = order.indexOf(id)
    const [there, back] = at + 1 < order.length ? ['j', 'k'] : ['k', 'j']
    const other = order[there === 'j' ? at + 1 : at - 1]!
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press(there)
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/article/${other}$`))
    await page.getByTestId('reader-content').locator('p').first().waitFor()
    await page.keyboard.press(back)
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/article/${id}$`))
    expect(pageErrors).toEqual([])
  })
})
