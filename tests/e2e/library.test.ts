// The library and the reader, driven through the UI in headless Chromium
// against the browser host: import (file picker and drag and drop), the
// list, the reader's text and typography, the language switch, and a bad
// file's error. Needs `npm run build` (the host serves out/renderer).
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  computedStyle,
  fileDataTransfer,
  horizontalOverflow,
  launchBrowser,
  newWatchedPage,
} from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'

const repoRoot = join(__dirname, '..', '..')
const fixturePath = (name: string): string => join(repoRoot, 'tests', 'fixtures', name)
const shotsDir = join(repoRoot, 'test-results')

const ARTICLE_FILE = 'investment-promotion.txt'
const ARTICLE_TITLE = '锚定“3+3+N”产业体系 青川市招商引资跑出加速度'
const DROPPED_FILE = 'digital-economy-plan.md'
const DROPPED_TITLE = '青川市出台数字经济三年行动方案'

/** The first bytes of a PNG image (signature and IHDR chunk), enough to be recognised. */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
])

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Every import opens the review first; this saves the proposal as it stands. */
async function saveReview(): Promise<void> {
  await page.getByTestId('review-save').click()
  await page
    .getByTestId('import-review')
    .filter({ has: page.getByTestId('review-save') })
    .waitFor({
      state: 'detached',
    })
}

async function fontSizeOf(selector: string): Promise<number> {
  return parseFloat(await computedStyle(page.locator(selector), 'fontSize'))
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  page.on('response', (res) => {
    if (res.status() >= 400) pageErrors.push(`HTTP ${res.status()}: ${res.url()}`)
  })
  await page.goto(host.url)
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('library and reader (browser host)', () => {
  it('starts in Chinese with an empty library that says how to import', async () => {
    await page.getByTestId('empty-library').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(await page.getByTestId('import-button').textContent()).toBe('导入文章')
    expect(await page.getByTestId('empty-library').textContent()).toContain('.txt')
    // The token moved from the address bar to sessionStorage.
    expect(page.url()).not.toContain('token=')
    await page.screenshot({ path: join(shotsDir, 'library-empty.png'), animations: 'disabled' })
  })

  it('imports a UTF-8 .txt article through the file picker and lists it', async () => {
    await page.getByTestId('import-input').setInputFiles(fixturePath(ARTICLE_FILE))
    await saveReview()
    const row = page.getByTestId('article-row')
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    const text = await row.first().textContent()
    expect(text).toContain(ARTICLE_TITLE)
    expect(text).toMatch(/1,\d{3} 字/)
    expect(await page.getByTestId('toast').textContent()).toContain('已导入 1 篇文章')
  })

  it('imports files dropped onto the window, showing the drop overlay', async () => {
    const markdown = readFileSync(fixturePath(DROPPED_FILE), 'utf8')
    const dataTransfer = await fileDataTransfer(page, [
      { name: DROPPED_FILE, text: markdown, type: 'text/markdown' },
    ])
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.getByTestId('drop-overlay').waitFor()
    await page.dispatchEvent('body', 'dragover', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await page.getByTestId('drop-overlay').waitFor({ state: 'detached' })
    await saveReview()
    await page.getByTestId('article-row').nth(1).waitFor()
    const titles = await page.getByTestId('article-row').allTextContents()
    expect(titles[0]).toContain(DROPPED_TITLE) // newest first
    expect(titles[1]).toContain(ARTICLE_TITLE)
    await page.screenshot({ path: join(shotsDir, 'library.png'), animations: 'disabled' })
  })

  it('skips a file that is already in the library and says so', async () => {
    await page.getByTestId('import-input').setInputFiles(fixturePath(ARTICLE_FILE))
    await saveReview()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已在文库中')
    await page.getByTestId('import-summary-close').click()
    expect(await page.getByTestId('article-row').count()).toBe(2)
  })

  it('opens an article in the reader with its title, meta line and paragraphs', async () => {
    await page.getByTestId('article-row').filter({ hasText: ARTICLE_TITLE }).click()
    await page.getByTestId('reader-view').waitFor()
    expect(page.url()).toMatch(/#\/article\/\d+$/)
    expect(await page.getByTestId('reader-title').textContent()).toBe(ARTICLE_TITLE)
    const meta = await page.getByTestId('reader-meta').textContent()
    expect(meta).toContain(ARTICLE_FILE)
    expect(meta).toMatch(/1,\d{3} 字/)
    expect(meta).toContain('本报记者 周明远 通讯员 林晓') // the credit line is the byline
    const paragraphs = page.getByTestId('reader-content').locator('p')
    const first = await paragraphs.first().textContent()
    expect(first).toMatch(/^今年以来，青川市坚持把招商引资作为经济工作的“生命线”/)
    expect(first).toContain('计划总投资2502.7亿元')
    // Read-only, set in a CJK serif with two-character first-line indents.
    expect(await page.getByTestId('reader-content').getAttribute('contenteditable')).toBe('false')
    const body = paragraphs.nth(1)
    const style = {
      indent: parseFloat(await computedStyle(body, 'textIndent')),
      size: parseFloat(await computedStyle(body, 'fontSize')),
      family: await computedStyle(body, 'fontFamily'),
    }
    expect(style.indent).toBeCloseTo(style.size * 2, 1)
    expect(style.family).toContain('Noto Serif CJK SC')
    // No horizontal overflow.
    const overflow = await horizontalOverflow(page)
    expect(overflow).toBeLessThanOrEqual(0)
    // Nor at the desktop window's minimum width (720 px), in either language.
    const viewport = page.viewportSize()
    await page.setViewportSize({ width: 720, height: viewport?.height ?? 800 })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    // Nor do policy-point underlines left where the text was before the
    // window narrowed (they are re-measured on the next frame).
    await page.getByTestId('policy-hints').waitFor({ state: 'attached' })
    const stale = `document.querySelector('[data-testid="policy-hints"]')`
    await page.evaluate(`(() => {
      const line = document.createElement('span')
      line.className = 'policy-hints__line'
      line.id = 'stale-hint'
      line.style.cssText = 'left: 1900px; top: 300px; width: 120px; height: 24px'
      ${stale}.append(line)
    })()`)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.evaluate(`document.getElementById('stale-hint').remove()`)
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('nav-briefings').filter({ hasText: 'Briefings' }).waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('nav-briefings').filter({ hasText: '简报' }).waitFor()
    if (viewport) await page.setViewportSize(viewport)
    await page.getByTestId('toast').getByRole('button').click()
    await page.getByTestId('toast').waitFor({ state: 'detached' })
    await page.screenshot({ path: join(shotsDir, 'reader.png'), animations: 'disabled' })
  })

  it('renders Markdown sub-headings as headings', async () => {
    await page.getByTestId('back-to-library').click()
    await page.getByTestId('library-view').waitFor()
    await page.getByTestId('article-row').filter({ hasText: DROPPED_TITLE }).click()
    await page.getByTestId('reader-title').filter({ hasText: DROPPED_TITLE }).waitFor()
    const headings = await page.getByTestId('reader-content').locator('h2').allTextContents()
    expect(headings).toEqual(['总体目标', '重点任务', '保障措施'])
    await page.getByTestId('back-to-library').click()
    await page.getByTestId('article-row').filter({ hasText: ARTICLE_TITLE }).click()
    await page.getByTestId('reader-title').filter({ hasText: ARTICLE_TITLE }).waitFor()
  })

  it('changes the text size with A+/A− and Ctrl +/−, and remembers it', async () => {
    const paragraph = '[data-testid="reader-content"] p'
    const start = await fontSizeOf(paragraph)
    await page.getByTestId('font-larger').click()
    const larger = await fontSizeOf(paragraph)
    expect(larger).toBeGreaterThan(start)
    await page.getByTestId('font-smaller').click()
    await page.getByTestId('font-smaller').click()
    expect(await fontSizeOf(paragraph)).toBeLessThan(start)
    await page.keyboard.press('Control+=')
    await page.keyboard.press('Control+=')
    expect(await fontSizeOf(paragraph)).toBe(larger)
    // A reload returns to the same article, at the same size.
    await page.reload()
    await page.getByTestId('reader-title').filter({ hasText: ARTICLE_TITLE }).waitFor()
    expect(await fontSizeOf(paragraph)).toBe(larger)
    await page.keyboard.press('Control+0')
    expect(await fontSizeOf(paragraph)).toBe(start)
  })

  it('switches the interface to English and back', async () => {
    await page.getByTestId('lang-switch').click()
    expect(await page.getByTestId('back-to-library').textContent()).toContain('Library')
    expect(await page.getByTestId('reader-meta').textContent()).toMatch(/1,\d{3} chars/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByTestId('back-to-library').click()
    expect(await page.getByTestId('import-button').textContent()).toBe('Import articles')
    await page.reload()
    await page.getByTestId('library-view').waitFor()
    expect(await page.getByTestId('import-button').textContent()).toBe('Import articles')
    await page.getByTestId('lang-switch').click()
    expect(await page.getByTestId('import-button').textContent()).toBe('导入文章')
  })

  it('shows an error naming a PNG renamed .txt, and still imports the good file with it', async () => {
    await page.getByTestId('import-input').setInputFiles([
      { name: 'scan-page-3.txt', mimeType: 'text/plain', buffer: PNG_BYTES },
      {
        name: 'short-note.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          '青川市召开招商引资工作推进会\n会议通报了前三季度招商引资工作进展。\n',
          'utf8',
        ),
      },
    ])
    const banner = page.getByTestId('error-banner')
    await banner.waitFor()
    const message = await banner.textContent()
    expect(message).toContain('导入失败')
    expect(message).toContain('scan-page-3.txt：不是文本文件')
    await saveReview()
    // two files were chosen: the summary lists both
    const summary = page.getByTestId('import-summary')
    expect(await summary.textContent()).toContain('scan-page-3.txt')
    expect(await summary.textContent()).toContain('已保存 1 篇')
    await page.getByTestId('import-summary-close').click()
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(3)
    expect(await page.getByTestId('toast').textContent()).toContain('已导入 1 篇文章')
    await page.screenshot({ path: join(shotsDir, 'import-error.png'), animations: 'disabled' })
    await banner.getByRole('button').click()
    await banner.waitFor({ state: 'detached' })
  })

  it('logged no page errors (CSP violations included)', () => {
    expect(pageErrors).toEqual([])
  })
})
