// Policy points by hand in headless Chromium against the browser host: a
// selection becomes a policy point from the toolbar, its form prefilled by
// the recognizer; an ordinary highlight is marked from its card; the
// registry lists both, and a policy's fields are edited in its detail view.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importAndRead } from '../helpers/ui'
import { selectInArticle } from '../helpers/select'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** The tags of every highlight, by its text. */
function tagsByText(): Record<string, string[]> {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    const rows = db
      .prepare(
        `SELECT h.exact AS exact, coalesce(p.name || '/', '') || t.name AS path FROM highlights h
           JOIN highlight_tags ht ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id
           LEFT JOIN tags p ON p.id = t.parent_id`,
      )
      .all() as { exact: string; path: string }[]
    const out: Record<string, string[]> = {}
    for (const r of rows) (out[r.exact] ??= []).push(r.path)
    return out
  } finally {
    db.close()
  }
}

/** Selects `needle` in the article as a mouse drag would. */
const select = (needle: string): Promise<void> => selectInArticle(page, needle)

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

describe('policy points by hand (browser host)', () => {
  it('marks a selection from the toolbar with a form the recognizer prefilled', async () => {
    await page.getByTestId('policy-bar').waitFor()
    await select('支持总部企业发展“21条”')
    await page.getByTestId('selection-mark-policy').click()
    const form = page.getByTestId('policy-form')
    await form.waitFor()
    expect(await page.getByTestId('policy-form-kind').inputValue()).toBe('n-articles')
    expect(await page.getByTestId('policy-form-name').inputValue()).toBe('支持总部企业发展')
    expect(await page.getByTestId('policy-form-count').inputValue()).toBe('21')
    await page.getByTestId('policy-form-place').fill('岷州市政府')
    await page.screenshot({ path: join(shotsDir, 'policy-manual-form.png') })
    await page.getByTestId('policy-form-save').click()
    await form.waitFor({ state: 'detached' })
    await expect
      .poll(() => tagsByText()['支持总部企业发展“21条”'])
      .toEqual(['政策要点/支持总部企业发展21条'])
    await page.keyboard.press('Escape')
  })

  it('marks an ordinary highlight from its card', async () => {
    await select('兑付奖补资金')
    await page.getByTestId('highlight-toolbar').getByRole('button').first().click()
    const mark = page.locator('mark[data-highlight-ids]').filter({ hasText: '兑付奖补资金' })
    await mark.waitFor()
    await mark.click()
    await page.getByTestId('highlight-card').waitFor()
    await page.getByTestId('highlight-mark-policy').click()
    await page.getByTestId('policy-form').waitFor()
    await page.getByTestId('policy-form-kind').selectOption('target')
    expect(await page.getByTestId('policy-form-name').inputValue()).toBe('兑付奖补资金')
    await page.getByTestId('policy-form-name').fill('奖补资金兑付')
    await page.screenshot({ path: join(shotsDir, 'policy-manual-card.png') })
    await page.getByTestId('policy-form-save').click()
    await page.getByTestId('policy-form').waitFor({ state: 'detached' })
    await expect.poll(() => tagsByText()['兑付奖补资金']).toEqual(['政策要点/奖补资金兑付'])
    await page.keyboard.press('Escape')
  })

  it('lists both in the registry and edits a policy from its detail view', async () => {
    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    const target = page.getByTestId('policy-row').filter({ hasText: '奖补资金兑付' })
    await target.waitFor()
    expect(await target.textContent()).toContain('岷州')
    const row = page.getByTestId('policy-row').filter({ hasText: '支持总部企业发展21条' })
    expect(await row.textContent()).toContain('岷州市政府')
    await row.getByRole('link').click()
    await page.getByTestId('policy-detail').waitFor()
    await page.getByTestId('policy-edit').click()
    await page.getByTestId('policy-form-count').fill('22')
    await page.screenshot({ path: join(shotsDir, 'policy-manual-edit.png') })
    await page.getByTestId('policy-form-save').click()
    await expect
      .poll(() => page.locator('.policy-view__title').textContent())
      .toBe('支持总部企业发展22条')
    await expect
      .poll(() => tagsByText()['支持总部企业发展“21条”'])
      .toEqual(['政策要点/支持总部企业发展22条'])
    await page.screenshot({ path: join(shotsDir, 'policy-manual-detail.png') })
  })

  it('merges two ticked policies in the registry and moves a mention out to a new one', async () => {
    await page.getByTestId('policy-mention').getByRole('link').click()
    await page.getByTestId('reader-view').waitFor()
    await page.getByTestId('policy-accept-all').click()
    await page.getByTestId('policy-accept-all').waitFor({ state: 'detached' })
    await page.getByTestId('nav-policies').click()
    const row = (label: string) =>
      page.getByTestId('policy-row').filter({
        has: page.getByRole('link', { name: label, exact: true }),
      })
    await row('重点产业24条').waitFor()
    expect(await row('重点产业24条').locator('td').nth(5).textContent()).toBe('2')
    await row('民营经济21条').getByTestId('policy-tick').check()
    await row('重点产业24条').getByTestId('policy-tick').check()
    const bar = page.getByTestId('policy-merge-bar')
    await bar.waitFor()
    await page.screenshot({ path: join(shotsDir, 'policy-manual-merge.png') })
    await bar.getByRole('button', { name: '保留“重点产业24条”' }).click()
    await expect.poll(() => row('民营经济21条').count()).toBe(0)
    await expect.poll(() => row('重点产业24条').locator('td').nth(5).textContent()).toBe('3')

    await row('重点产业24条').getByRole('link').click()
    await page.getByTestId('policy-detail').waitFor()
    await expect.poll(() => page.getByTestId('policy-mention').count()).toBe(3)
    const moved = page.getByTestId('policy-mention').filter({ hasText: '民营经济“21条”' })
    await moved.getByTestId('policy-move-open').click()
    await page.getByTestId('policy-move-label').fill('民营经济21条')
    await page.screenshot({ path: join(shotsDir, 'policy-manual-split.png') })
    await page.getByTestId('policy-move-save').click()
    await expect.poll(() => page.getByTestId('policy-mention').count()).toBe(2)
    await page.getByTestId('nav-policies').click()
    await row('民营经济21条').waitFor()
    expect(await row('民营经济21条').locator('td').nth(5).textContent()).toBe('1')
  })

  it('filters the registry by tag and date range', async () => {
    const rows = page.getByTestId('policy-row')
    const total = await rows.count()
    expect(total).toBeGreaterThan(3)
    await page.getByTestId('policy-filter-tag').fill('奖补资金兑付')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain('奖补资金兑付')
    await page.getByTestId('policy-filter-tag').fill('')
    await expect.poll(() => rows.count()).toBe(total)
    await page.getByTestId('policy-filter-from').fill('2000-01-01')
    await page.getByTestId('policy-filter-to').fill('2099-12-31')
    await expect.poll(() => rows.count()).toBe(total)
    await page.screenshot({ path: join(shotsDir, 'policy-manual-filters.png') })
    await page.getByTestId('policy-filter-from').fill('2099-01-01')
    await expect.poll(() => rows.count()).toBe(0)
    expect(pageErrors).toEqual([])
  })
})
