// Policy points through the UI in headless Chromium against the browser host:
// an imported article shows its suggestions underlined; one is accepted from
// its card and becomes a highlight, another dismissed and stays dismissed;
// the registry lists the accepted policy with its place, its page shows the
// mention in context with a timeline, and the mention opens the reader there.
// A policy's issuing body and date are edited on its page and filter the
// registry, whose timeline switches from policies to places and saves a PNG.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importAndRead } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Clicks the middle of the first underline of hint `n`. */
async function clickHint(n: number): Promise<string> {
  const line = page.locator('.policy-hints__line').nth(n)
  const key = (await line.getAttribute('data-hint'))!
  const box = (await line.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  return key
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await importAndRead(page, [join(repoRoot, 'tests', 'fixtures', 'policy', '01-news-industry.txt')])
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('policy points (browser host)', () => {
  it('underlines suggestions, accepts one into a highlight and remembers a dismissal', async () => {
    await page.getByTestId('policy-bar').waitFor()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBeGreaterThan(4)
    const before = await page.locator('.policy-hints__line').count()
    await page.screenshot({ path: join(shotsDir, 'policy-reader-candidates.png') })

    await clickHint(0)
    const card = page.getByTestId('policy-card')
    await card.waitFor()
    expect(await card.textContent()).toContain('重点产业24条')
    await page.screenshot({ path: join(shotsDir, 'policy-reader-card.png') })
    await page.getByTestId('policy-accept').click()
    await page.locator('mark[data-highlight-ids]').first().waitFor()
    expect(await page.locator('mark[data-highlight-ids]').first().textContent()).toContain('24条')
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBeLessThan(before)

    const afterAccept = await page
      .locator('[data-hint]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-hint')))])
    const dismissed = await clickHint(0)
    await page.getByTestId('policy-dismiss').click()
    await expect.poll(() => page.locator(`[data-hint="${dismissed}"]`).count()).toBe(0)
    await page.reload()
    await page.getByTestId('policy-bar').waitFor()
    await expect
      .poll(() =>
        page
          .locator('[data-hint]')
          .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-hint'))).size),
      )
      .toBe(afterAccept.length - 1)
    expect(await page.locator(`[data-hint="${dismissed}"]`).count()).toBe(0)

    await page.getByTestId('policy-hints-toggle').click()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBe(0)
    await page.getByTestId('policy-hints-toggle').click()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBeGreaterThan(0)
  })

  it('lists the policy in the registry and opens the mention in the reader', async () => {
    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    const row = page.getByTestId('policy-row').filter({ hasText: '重点产业24条' })
    await row.waitFor()
    expect(await row.textContent()).toContain('岷州')
    await page.screenshot({ path: join(shotsDir, 'policy-registry.png') })

    await row.getByRole('link').click()
    await page.getByTestId('policy-detail').waitFor()
    await page.getByTestId('policy-timeline').waitFor()
    const mention = page.getByTestId('policy-mention')
    expect(await mention.count()).toBe(1)
    expect(await mention.locator('mark').textContent()).toContain('重点产业“24条”')
    await page.screenshot({ path: join(shotsDir, 'policy-detail.png') })

    // A quick export of this policy point's mentions, without a briefing.
    await page.getByTestId('export-menu').locator('summary').click()
    await page.getByTestId('export-format').selectOption('csv')
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-run').click(),
    ])
    const csvPath = await csv.path()
    expect(readFileSync(csvPath, 'utf8')).toContain('重点产业“24条”')

    await mention.getByRole('link').click()
    await page.getByTestId('reader-view').waitFor()
    const flash = page.getByTestId('flash')
    await flash.waitFor({ state: 'attached' })
    expect(await flash.getAttribute('data-text')).toContain('重点产业“24条”')
    expect(pageErrors).toEqual([])
  })

  it('edits the issuing body and date, filters by them, and charts mentions by place', async () => {
    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    await page
      .getByTestId('policy-row')
      .filter({ hasText: '重点产业24条' })
      .getByRole('link')
      .click()
    await page.getByTestId('policy-detail').waitFor()
    await page.getByTestId('policy-edit').click()
    await page.getByTestId('policy-form-issuer').fill('岷州市人民政府办公室')
    await page.getByTestId('policy-form-issued').fill('2023-03-15')
    await page.getByTestId('policy-form-place').fill('')
    await page.screenshot({ path: join(shotsDir, 'policy-detail-edit-issuing.png') })
    await page.getByTestId('policy-form-save').click()
    const meta = page.getByTestId('policy-meta')
    await expect.poll(() => meta.textContent()).toContain('发文日期：2023-03-15')
    expect(await meta.textContent()).toContain('发文机关：岷州市人民政府办公室')
    await page.screenshot({ path: join(shotsDir, 'policy-detail-issuing.png') })

    // More policies from the same article, so the timeline has several series.
    await page.getByTestId('policy-mention').getByRole('link').click()
    await page.getByTestId('policy-accept-all').click()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBe(0)

    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    await expect.poll(() => page.getByTestId('policy-row').count()).toBeGreaterThan(3)
    const chart = page.getByTestId('registry-timeline-chart')
    await chart.waitFor()
    expect(await chart.getAttribute('aria-label')).toContain('重点产业24条')
    await page.getByTestId('registry-timeline-by-place').click()
    await expect.poll(() => chart.getAttribute('data-by')).toBe('place')
    const label = (await chart.getAttribute('aria-label'))!
    expect(label).toContain('岷州')
    expect(label).toContain('未注明地区')
    expect(label).not.toContain('重点产业24条')
    await page.screenshot({ path: join(shotsDir, 'policy-registry-by-place.png') })
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('registry-timeline-png').click(),
    ])
    expect(png.suggestedFilename()).toMatch(/\.png$/)
    const pngPath = (await png.path())!
    expect(readFileSync(pngPath).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    expect(statSync(pngPath).size).toBeGreaterThan(5000)

    await page.getByTestId('policy-filter-issued-from').fill('2023-01-01')
    await expect.poll(() => page.getByTestId('policy-row').count()).toBe(1)
    expect(await page.getByTestId('policy-issued').textContent()).toBe(
      '岷州市人民政府办公室2023-03-15',
    )
    await page.getByTestId('policy-filter-issued-from').fill('2023-03-16')
    await expect.poll(() => page.getByTestId('policy-row').count()).toBe(0)
    await page.getByTestId('policy-filter-issued-from').fill('')
    await expect.poll(() => page.getByTestId('policy-row').count()).toBeGreaterThan(3)
    await page.getByTestId('policy-filter-place').selectOption({ label: '未注明地区' })
    await expect.poll(() => page.getByTestId('policy-row').count()).toBe(1)
    expect(await page.getByTestId('policy-row').textContent()).toContain('重点产业24条')
    await page.getByTestId('policy-filter-place').selectOption({ label: '全部' })
    await expect.poll(() => page.getByTestId('policy-row').count()).toBeGreaterThan(3)
    await page.screenshot({ path: join(shotsDir, 'policy-registry-issuing.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
