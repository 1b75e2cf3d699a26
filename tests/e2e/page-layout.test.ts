// The reader's page layout in Chromium against the browser host: line
// spacing and column width change the article's page and are remembered
// after a reload, beside the text size. Needs `npm run build`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const LONG = join(repoRoot, 'tests', 'fixtures', 'investment-promotion.txt')

declare function getComputedStyle(el: unknown): { lineHeight: string; fontSize: string }
declare const document: { querySelector(s: string): { getBoundingClientRect(): { width: number } } }

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** The first paragraph's line height over its font size, and the page's width in px. */
async function measure(): Promise<{ leading: number; width: number }> {
  await page.getByTestId('reader-content').locator('p').first().waitFor()
  return page.evaluate(() => {
    const p = document.querySelector('[data-testid="reader-content"] p')
    const style = getComputedStyle(p)
    return {
      leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      width: document.querySelector('.reader__page').getBoundingClientRect().width,
    }
  })
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1400, height: 800 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await importThroughUi(page, [LONG])
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-view').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('reader page layout (browser host)', () => {
  it('changes line spacing and column width, and keeps them after a reload', async () => {
    const before = await measure()
    expect(before.leading).toBeCloseTo(1.85, 1)

    await page.getByTestId('page-layout').locator('summary').click()
    await page.getByTestId('line-height-looser').click()
    await page.getByTestId('line-height-looser').click()
    await expect.poll(() => page.getByTestId('line-height-value').textContent()).toBe('2.2')
    await page.getByTestId('measure-narrow').click()
    await page.screenshot({ path: join(shotsDir, 'reader-page-layout.png') })
    const after = await measure()
    expect(after.leading).toBeCloseTo(2.2, 1)
    expect(after.width).toBeLessThan(before.width * 0.95)

    // A click elsewhere closes the panel.
    await page.getByTestId('reader-title').click()
    await expect.poll(() => page.getByTestId('line-height-value').isVisible()).toBe(false)

    await page.reload()
    await page.getByTestId('reader-view').waitFor()
    const reloaded = await measure()
    expect(reloaded.leading).toBeCloseTo(2.2, 1)
    expect(Math.round(reloaded.width)).toBe(Math.round(after.width))

    await page.getByTestId('page-layout').locator('summary').click()
    await page.getByTestId('measure-wide').click()
    await page.getByTestId('line-height-tighter').click()
    const wide = await measure()
    expect(wide.width).toBeGreaterThan(before.width * 1.1)
    expect(wide.leading).toBeCloseTo(2, 1)
    expect(pageErrors).toEqual([])
  })
})
