// Briefings through the UI in headless Chromium against the browser host:
// create a briefing, fill it from a search and a tag, reorder by keyboard
// and by drag and drop, write the summary, then export DOCX and PDF and
// read both files back. Also the reader's quick export of one article.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import mammoth from 'mammoth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { createHighlight, findQuote } from '../../src/main/core/highlights/highlights'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { pdfText } from '../helpers/pdf-text'
import { tempDir } from '../helpers/temp'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const QUOTES = {
  opening: '企业开办时间压缩至1个工作日以内',
  window: '设立“办不成事”反映窗口',
  money: '市财政每年安排不少于5亿元的产业发展专项资金',
}

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Highlights as the reader makes them: two tagged 营商环境, one found only by search. */
function addHighlights(libraryPath: string): void {
  const lib = openLibrary(libraryPath)
  try {
    const mark = (quote: string, tags: string[], note = ''): void => {
      createHighlight(lib.db, {
        articleId: 1,
        ...findQuote(lib.db, 1, quote, 1),
        tags,
        noteText: note,
        noteJson: null,
      })
    }
    mark(QUOTES.opening, ['营商环境'], '比省里的要求更快')
    mark(QUOTES.window, ['营商环境'])
    mark(QUOTES.money, [])
  } finally {
    lib.close()
  }
}

/** Each composer row's heading or quote, cut to its first six characters. */
const itemTexts = async (): Promise<string[]> =>
  page
    .getByTestId('composer-item')
    .evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? '').slice(0, 6)))

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, [join(repoRoot, 'tests', 'fixtures', 'policy-notice.txt')])
  await page.getByTestId('article-row').first().waitFor()
  addHighlights(host.libraryPath)
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('briefing composer (browser host)', () => {
  it('builds a briefing from a search and a tag, and reorders it', async () => {
    await page.getByTestId('nav-briefings').click()
    await page.getByTestId('briefings-view').waitFor()
    await page.getByTestId('briefing-new-title').fill('南江市营商环境政策简报')
    await page.getByTestId('briefing-create').click()
    await page.getByTestId('composer').waitFor()
    expect(await page.getByTestId('composer-title').inputValue()).toBe('南江市营商环境政策简报')

    await page.getByTestId('composer-add-text').fill('专项资金')
    await page.getByTestId('composer-add-run').click()
    await expect.poll(() => page.getByTestId('composer-item').count()).toBe(2)
    await page.getByTestId('composer-add-kind').selectOption('tag')
    await page.getByTestId('composer-add-text').fill('营商环境')
    await page.getByTestId('composer-add-run').click()
    await expect.poll(() => page.getByTestId('composer-item').count()).toBe(5)
    expect(await itemTexts()).toEqual([
      '检索：专项资',
      '市财政每年安',
      '营商环境',
      '企业开办时间',
      '设立“办不成',
    ])

    // Keyboard: the tag's heading and its two quotes move above the search's part.
    for (let i = 0; i < 3; i++) {
      await page
        .getByTestId('composer-item')
        .nth(2 + i)
        .focus()
      await page.keyboard.press('Alt+ArrowUp')
      await expect
        .poll(() =>
          page
            .getByTestId('composer-item')
            .nth(1 + i)
            .textContent(),
        )
        .not.toContain('市财政')
      await page
        .getByTestId('composer-item')
        .nth(1 + i)
        .focus()
      await page.keyboard.press('Alt+ArrowUp')
      await expect.poll(async () => (await itemTexts())[i]).not.toBe('检索：专项资')
    }
    expect(await itemTexts()).toEqual([
      '营商环境',
      '企业开办时间',
      '设立“办不成',
      '检索：专项资',
      '市财政每年安',
    ])
    // Drag and drop: the window quote onto the opening one, before it.
    await page.getByTestId('composer-item').nth(2).dragTo(page.getByTestId('composer-item').nth(1))
    await expect.poll(async () => (await itemTexts())[1]).toBe('设立“办不成')

    const summary = page.locator('.composer__summary [data-testid="note-editor"]')
    await summary.click()
    await page.keyboard.type('南江市“24条”聚焦政务服务与要素保障，值得借鉴。')
    await page.getByTestId('composer-citation').selectOption('endnotes')
    await expect.poll(() => page.getByTestId('composer-citation').inputValue()).toBe('endnotes')
    await page.waitForTimeout(1200) // the summary autosaves after a pause in typing
    await page.screenshot({ path: join(shotsDir, 'briefing-composer.png'), fullPage: true })
  })

  it('exports the briefing to DOCX and PDF in the order composed', async () => {
    const dir = tempDir()
    await page.getByTestId('export-menu').locator('summary').click()
    await page.getByTestId('export-format').selectOption('docx')
    await page.getByTestId('export-official').check()
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-run').click(),
    ])
    expect(docx.suggestedFilename()).toBe('南江市营商环境政策简报.docx')
    const docxPath = join(dir, 'b.docx')
    await docx.saveAs(docxPath)
    const text = (await mammoth.extractRawText({ path: docxPath })).value
    const at = (s: string): number => text.indexOf(s)
    for (const s of [
      '南江市“24条”聚焦',
      '一、营商环境',
      QUOTES.window,
      QUOTES.opening,
      '二、检索：专项资金',
      QUOTES.money,
      '注释',
    ])
      expect(at(s), s).toBeGreaterThan(-1)
    expect(at('南江市“24条”聚焦')).toBeLessThan(at('一、营商环境'))
    expect(at(QUOTES.window)).toBeLessThan(at(QUOTES.opening))
    expect(at(QUOTES.opening)).toBeLessThan(at('二、检索：专项资金'))
    expect(at('二、检索：专项资金')).toBeLessThan(at(QUOTES.money))

    await page.getByTestId('export-format').selectOption('pdf')
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-run').click(),
    ])
    expect(pdf.suggestedFilename()).toBe('南江市营商环境政策简报.pdf')
    const pdfPath = join(shotsDir, 'briefing-export.pdf')
    await pdf.saveAs(pdfPath)
    const { pages, text: pdfBody } = await pdfText(
      await import('node:fs').then((fs) => fs.readFileSync(pdfPath)),
    )
    expect(pages).toBeGreaterThan(0)
    for (const q of Object.values(QUOTES)) expect(pdfBody).toContain(q.normalize('NFKC'))
    await expect
      .poll(() => page.getByTestId('export-status').textContent())
      .toContain('已导出 3 条划线')
  })

  it("exports one article's highlights from the reader", async () => {
    await page.goto(`${host.url}#/article/1`)
    await page.getByTestId('reader-view').waitFor()
    await page.getByTestId('export-menu').locator('summary').click()
    await page.getByTestId('export-format').selectOption('csv')
    await page.screenshot({ path: join(shotsDir, 'reader-export-menu.png') })
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-run').click(),
    ])
    expect(csv.suggestedFilename()).toMatch(/批注摘录\.csv$/)
    expect(pageErrors).toEqual([])
  })

  it('adds a single search result to a briefing', async () => {
    await page.goto(`${host.url}#/briefings`)
    await page.getByTestId('briefing-row').first().waitFor()
    await page.screenshot({ path: join(shotsDir, 'briefings-list.png') })
    await page.getByTestId('briefing-new-title').fill('第二期')
    await page.getByTestId('briefing-create').click()
    await page.getByTestId('composer').waitFor()
    const id = Number(/#\/briefing\/(\d+)/.exec(page.url())?.[1])
    await page.goto(`${host.url}#/search?q=${encodeURIComponent('专项资金')}`)
    await page.getByTestId('search-hit').first().waitFor()
    const add = page.getByTestId('add-to-briefing').first()
    await add.locator('summary').click()
    await add.getByRole('button', { name: '第二期' }).click()
    await expect.poll(() => add.getByRole('status').textContent()).toBe('已加入“第二期”')
    await page.screenshot({ path: join(shotsDir, 'search-add-to-briefing.png') })
    await page.goto(`${host.url}#/briefing/${id}`)
    await expect.poll(itemTexts).toEqual(['市财政每年安'])
    expect(pageErrors).toEqual([])
  })
})
