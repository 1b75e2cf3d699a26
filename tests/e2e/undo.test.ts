// Undo in the reader: Ctrl/Cmd+Z takes back creating a highlight, changing
// its colour, editing its note, changing its tags and deleting it, newest
// first, and the offer names what it would take back. Needs `npm run build`.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'
import { selectInArticle } from '../helpers/select'

const ARTICLE = join(__dirname, '..', 'fixtures', 'investment-promotion.txt')
const QUOTE = '精准发力'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

interface Row {
  id: number
  color: string
  note_text: string
}

function rows(): Row[] {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return db.prepare('SELECT id, color, note_text FROM highlights ORDER BY id').all() as Row[]
  } finally {
    db.close()
  }
}

function tagCount(): number {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM highlight_tags').get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Selects `needle` in the article as a mouse drag would. */
const select = (needle: string): Promise<void> => selectInArticle(page, needle)

async function undo(expected: string): Promise<void> {
  // The database changes before the page hears back: wait for the offer to name the action.
  await expect.poll(() => page.getByTestId('highlight-undo').textContent()).toContain(expected)
  await page.locator('.reader__header').click()
  await page.keyboard.press('Control+z')
}

beforeAll(async () => {
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1400, height: 900 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await importThroughUi(page, [ARTICLE])
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-content').locator('p').first().waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('undo of the last actions in the reader', () => {
  it('takes back create, colour, note, tags and delete with Ctrl+Z, newest first', async () => {
    await select(QUOTE)
    await page.keyboard.press('1')
    await expect.poll(() => rows().length).toBe(1)
    await undo('已划线')
    await expect.poll(() => rows().length).toBe(0)
    await expect.poll(() => page.locator('mark.hl').count()).toBe(0)

    await select(QUOTE)
    await page.keyboard.press('1')
    await expect.poll(() => rows().length).toBe(1)
    await page.locator('mark.hl').first().click()
    const card = page.getByTestId('highlight-card')
    await card.locator('.hl-card__color[data-color="blue"]').click()
    await expect.poll(() => rows()[0]?.color).toBe('blue')
    await page.getByTestId('note-editor').click()
    await page.keyboard.type('待与去年对比')
    await expect.poll(() => rows()[0]?.note_text, { timeout: 3000 }).toBe('待与去年对比')
    await page.getByTestId('tag-input').click()
    await page.keyboard.type('营商环境')
    await page.keyboard.press('Enter')
    await expect.poll(() => tagCount()).toBe(1)
    await page.getByTestId('highlight-delete').click()
    await expect.poll(() => rows().length).toBe(0)

    await undo('已删除')
    await expect.poll(() => rows().length).toBe(1)
    await undo('已改标签')
    await expect.poll(() => tagCount()).toBe(0)
    await undo('已改批注')
    await expect.poll(() => rows()[0]?.note_text).toBe('')
    await undo('已改颜色')
    await expect.poll(() => rows()[0]?.color).toBe('yellow')
    await undo('已划线')
    await expect.poll(() => rows().length).toBe(0)
    expect(pageErrors).toEqual([])
  })
})
