// The policy registry as a table, through the UI in headless Chromium
// against the browser host: policy suggestions of two imported articles
// (two places) are accepted in the reader, the registry is filtered by one
// place, and 导出表格 downloads a CSV for Excel holding exactly the rows shown.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { parseCsv } from '../helpers/csv'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const fixtures = join(repoRoot, 'tests', 'fixtures', 'policy')
const HEADER = [
  '政策',
  '类型',
  '地区',
  '发文机关',
  '发文日期',
  '提及次数',
  '文章数',
  '首次提及',
  '最近提及',
]

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Opens the article titled `title` from the library and accepts every suggestion in it. */
async function acceptAllIn(title: string): Promise<void> {
  await page.locator('.app-header__brand').click()
  await page.getByTestId('article-row').filter({ hasText: title }).click()
  await page.getByTestId('reader-view').waitFor()
  await expect.poll(() => page.locator('.policy-hints__line').count()).toBeGreaterThan(0)
  await page.getByTestId('policy-accept-all').click()
  await expect.poll(() => page.locator('.policy-hints__line').count()).toBe(0)
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, [
    join(fixtures, '01-news-industry.txt'),
    join(fixtures, '05-news-hub.txt'),
  ])
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('registry export (browser host)', () => {
  it('downloads the rows the place filter shows as CSV for Excel', async () => {
    await acceptAllIn('岷州市重点产业')
    await acceptAllIn('秦川加快建设')

    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    await expect.poll(() => page.getByTestId('policy-row').count()).toBeGreaterThan(2)
    const everything = await page.getByTestId('policy-row').count()
    await page.getByTestId('policy-filter-place').selectOption('岷州')
    await expect.poll(() => page.getByTestId('policy-row').count()).toBeLessThan(everything)
    const rows = page.getByTestId('policy-row')
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent ?? '')),
    )
    expect(shown.length).toBeGreaterThan(0)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('registry-export').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^政策要点登记表-岷州-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = readFileSync(await download.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = parseCsv(bytes.subarray(3).toString('utf8'))
    expect(csv[0]).toEqual(HEADER)
    const body = csv.slice(1)
    // Label, kind, place, mentions, articles, first and last mention, as the table shows them.
    expect(body.map((r) => [r[0], r[1], r[2], r[5], r[6], r[7], r[8]])).toEqual(
      shown.map((c) => [c[0], c[1], c[2], c[4], c[5], c[6], c[7]]),
    )
    expect(body.every((r) => r[2] === '岷州')).toBe(true)
    const status = page.getByTestId('registry-export-status')
    expect(await status.textContent()).toContain(`已导出 ${body.length} 项政策`)

    await page.locator('.policy-filters').screenshot({
      path: join(shotsDir, 'registry-export-toolbar.png'),
    })
    await page.screenshot({ path: join(shotsDir, 'registry-export.png') })
    expect(pageErrors).toEqual([])
  })
})
