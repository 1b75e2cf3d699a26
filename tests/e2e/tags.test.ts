// Tag management in headless Chromium against the browser host: two
// highlights and the article are tagged (the second through pinyin-initial
// suggestions), then the tag browser shows the tree with its counts, colours
// a tag, renames one (and refuses a clash, in Chinese), moves, merges and —
// after showing the impact — deletes; the highlight pane shows the new
// names. Screenshots of the browser and the delete dialog go to
// test-results/. Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'
import { selectInArticle } from '../helpers/select'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const ARTICLE_FILE = join(repoRoot, 'tests', 'fixtures', 'investment-promotion.txt')
const QUOTE_A = '配套企业加速集聚'
const QUOTE_B = '为每个重点项目配备一名服务专员'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** Every tag path in the library, sorted. */
function tagPaths(): string[] {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    const rows = db.prepare('SELECT id, name, parent_id FROM tags').all() as {
      id: number
      name: string
      parent_id: number | null
    }[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    const path = (r: (typeof rows)[number]): string => {
      const p = r.parent_id === null ? undefined : byId.get(r.parent_id)
      return p ? `${path(p)}/${r.name}` : r.name
    }
    return rows.map(path).sort()
  } finally {
    db.close()
  }
}

/** Selects `needle` in the article as a mouse drag would. */
const select = (needle: string): Promise<void> => selectInArticle(page, needle)

/** Highlights `quote` and opens its card. */
async function highlightAndOpen(quote: string): Promise<void> {
  await select(quote)
  await page.getByTestId('highlight-color-yellow').click()
  const mark = page.locator('mark[data-highlight-ids]').filter({ hasText: quote })
  await mark.first().waitFor()
  await mark.first().click()
  await page.getByTestId('highlight-card').waitFor()
}

/** The browser's row for a tag path. */
function row(path: string): ReturnType<Page['locator']> {
  return page.locator(`[data-testid="tag-row"][data-path="${path}"]`)
}

async function openReader(): Promise<void> {
  await page.locator('.app-header__brand').click()
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-view').waitFor()
  await page.getByTestId('policy-bar').waitFor()
}

async function openTags(): Promise<void> {
  await page.getByTestId('nav-tags').click()
  await page.getByTestId('tags-view').waitFor()
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, [ARTICLE_FILE])
  await openReader()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('tag management (browser host)', () => {
  it('tags two highlights, offering 产业政策 for the pinyin initials "cyzc"', async () => {
    await highlightAndOpen(QUOTE_A)
    await page.getByTestId('tag-input').click()
    await page.keyboard.type('产业政策/制造业')
    await page.keyboard.press('Enter')
    await page.getByTestId('highlight-tag').filter({ hasText: '产业政策/制造业' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('highlight-card').waitFor({ state: 'detached' })

    await highlightAndOpen(QUOTE_B)
    await page.getByTestId('tag-input').click()
    await page.keyboard.type('cyzc')
    const offers = page.getByTestId('tag-suggestion')
    await offers.first().waitFor()
    expect(await offers.first().textContent()).toBe('产业政策')
    expect(await offers.allTextContents()).toContain('产业政策/制造业')
    await page.screenshot({ path: join(shotsDir, 'tags-pinyin-suggest.png') })
    // Escape closes the list and keeps the card; then type the new sub-tag.
    await page.keyboard.press('Escape')
    await expect.poll(() => offers.count()).toBe(0)
    await page.getByTestId('highlight-card').waitFor()
    await page.getByTestId('tag-input').fill('产业政策/服务业')
    await page.keyboard.press('Enter')
    await page.getByTestId('highlight-tag').filter({ hasText: '产业政策/服务业' }).waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(tagPaths).toEqual(['产业政策', '产业政策/制造业', '产业政策/服务业'])
  })

  it('tags the article itself from the reader header, picking a suggestion', async () => {
    // The first save is held back until the second tag is typed: a fast
    // second tag must not be built on the list from before the first.
    let release = (): void => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await page.route('**/api/articles.setTags', async (route) => {
      if (held++ === 0) await gate
      await route.continue()
    })
    const field = page.getByTestId('article-tag-input')
    await field.click()
    await page.keyboard.type('zzy')
    await page.getByTestId('tag-suggestion').first().waitFor()
    await page.keyboard.press('Enter') // an initials-only match is pre-selected
    const chips = page.getByTestId('article-tag')
    const chipNames = async (): Promise<string[]> =>
      (await chips.allTextContents()).map((s) => s.replace('×', ''))
    await expect.poll(chipNames).toEqual(['产业政策/制造业'])
    await page.keyboard.type('招商引资')
    await page.keyboard.press('Enter')
    await expect.poll(chipNames).toEqual(['产业政策/制造业', '招商引资'])
    release()
    await expect.poll(() => held).toBe(2)
    await page.unrouteAll({ behavior: 'wait' })
    await expect.poll(chipNames).toEqual(['产业政策/制造业', '招商引资'])
    await page.screenshot({ path: join(shotsDir, 'tags-article.png') })
    await page.reload()
    await page.getByTestId('article-tag').first().waitFor()
    expect(await chipNames()).toEqual(['产业政策/制造业', '招商引资'])
  })

  it('shows the tag tree with counts, own and within sub-tags', async () => {
    await openTags()
    await row('产业政策/服务业').waitFor()
    const counts = async (path: string): Promise<string | null> =>
      row(path).getByTestId('tag-counts').first().textContent()
    expect(await counts('产业政策')).toBe('划线 0（含子标签 2） · 文章 0（含子标签 1）')
    expect(await counts('产业政策/制造业')).toBe('划线 1 · 文章 1')
    expect(await counts('产业政策/服务业')).toBe('划线 1 · 文章 0')
    expect(await counts('招商引资')).toBe('划线 0 · 文章 1')
    // Collapsing the parent hides its sub-tags.
    await row('产业政策').getByRole('button', { name: '收起 产业政策' }).click()
    await row('产业政策/制造业').waitFor({ state: 'detached' })
    await row('产业政策').getByRole('button', { name: '展开 产业政策' }).click()
    await row('产业政策/制造业').waitFor()
    // The filter finds a tag by its pinyin initials, keeping the tags above it.
    await page.getByTestId('tags-filter').fill('zzy')
    await row('招商引资').waitFor({ state: 'detached' })
    expect(
      await page.getByTestId('tag-row').evaluateAll((rs) => rs.map((r) => r.dataset.path)),
    ).toEqual(['产业政策', '产业政策/制造业'])
    await page.getByTestId('tags-filter').fill('')
    await row('招商引资').waitFor()
  })

  it('colours a tag, and the colour shows on its chips', async () => {
    await row('产业政策/制造业').getByTestId('tag-color').click()
    await page.getByTestId('tag-color-blue').click()
    await expect
      .poll(() => row('产业政策/制造业').getByTestId('tag-swatch').getAttribute('data-color'))
      .toBe('blue')
    await row('招商引资').getByTestId('tag-color').click()
    await page.screenshot({ path: join(shotsDir, 'tags-palette.png') })
    await page.getByTestId('tag-color-orange').click()
    await expect
      .poll(() => row('招商引资').getByTestId('tag-swatch').getAttribute('data-color'))
      .toBe('orange')
    await page.screenshot({ path: join(shotsDir, 'tags-browser.png'), fullPage: true })
  })

  it('renames a tag inline and refuses a sibling name clash in Chinese', async () => {
    await row('产业政策/服务业').getByTestId('tag-rename').click()
    await page.getByTestId('tag-rename-input').fill('制造业')
    await page.getByTestId('tag-rename-save').click()
    const error = row('产业政策/服务业').getByTestId('tag-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('同一层级下已有同名标签')
    await page.screenshot({ path: join(shotsDir, 'tags-rename-clash.png') })
    await page.getByTestId('tag-rename-input').fill('现代服务业')
    await page.getByTestId('tag-rename-save').click()
    await row('产业政策/现代服务业').waitFor()
    expect(tagPaths()).toContain('产业政策/现代服务业')
  })

  it('moves a tag to the top level', async () => {
    await row('产业政策/现代服务业').getByTestId('tag-move').click()
    const target = page.getByTestId('tag-move-target')
    // A tag cannot go under itself: it is not offered.
    expect(await target.locator('option').allTextContents()).not.toContain('产业政策/现代服务业')
    await target.selectOption({ label: '顶层' })
    await page.getByTestId('tag-move-save').click()
    await row('现代服务业').waitFor()
    expect(await row('现代服务业').getByTestId('tag-counts').textContent()).toBe('划线 1 · 文章 0')
  })

  it('merges one tag into another', async () => {
    await row('招商引资').getByTestId('tag-merge').click()
    await page.getByTestId('tag-merge-target').selectOption({ label: '产业政策' })
    await page.getByTestId('tag-merge-save').click()
    await row('招商引资').waitFor({ state: 'detached' })
    expect(await row('产业政策').getByTestId('tag-counts').textContent()).toBe(
      '划线 0（含子标签 1） · 文章 1',
    )
    expect(tagPaths()).toEqual(['产业政策', '产业政策/制造业', '现代服务业'])
  })

  it('deletes a tag only after showing what it would remove', async () => {
    await row('产业政策').getByTestId('tag-delete').click()
    const impact = page.getByTestId('tag-delete-impact')
    await expect
      .poll(() => impact.textContent())
      .toBe('将删除 2 个标签（含子标签），1 处划线、1 篇文章将失去此标签。划线和文章本身会保留。')
    await page.screenshot({ path: join(shotsDir, 'tags-delete-dialog.png') })
    // Cancel first: nothing changes.
    await page.getByRole('button', { name: '取消' }).click()
    await page.getByTestId('tag-delete-dialog').waitFor({ state: 'detached' })
    expect(tagPaths()).toHaveLength(3)
    await row('产业政策').getByTestId('tag-delete').click()
    await page.getByTestId('tag-delete-confirm').click()
    await row('产业政策').waitFor({ state: 'detached' })
    expect(tagPaths()).toEqual(['现代服务业'])
  })

  it('shows the new names in the reader, and a tag name opens search filtered by it', async () => {
    await row('现代服务业').getByTestId('tag-color').click()
    await page.getByTestId('tag-color-green').click()
    await expect
      .poll(() => row('现代服务业').getByTestId('tag-swatch').getAttribute('data-color'))
      .toBe('green')
    await openReader()
    const items = page.getByTestId('pane-item')
    await items.filter({ hasText: QUOTE_B }).waitFor()
    // The pane's chip wears the tag's colour.
    expect(
      await items.filter({ hasText: QUOTE_B }).locator('.tag-chip').getAttribute('data-color'),
    ).toBe('green')
    await page.screenshot({ path: join(shotsDir, 'tags-reader-pane.png') })
    // The browser in the dark theme, to look at (then back to light).
    await page.getByTestId('theme-toggle').click()
    await openTags()
    await row('现代服务业').waitFor()
    await page.screenshot({ path: join(shotsDir, 'tags-browser-dark.png') })
    await openReader()
    await page.getByTestId('theme-toggle').click()
    expect(await items.filter({ hasText: QUOTE_B }).textContent()).toContain('现代服务业')
    expect(await items.filter({ hasText: QUOTE_A }).textContent()).not.toContain('产业政策')
    expect(await page.getByTestId('article-tag').count()).toBe(0)

    await openTags()
    await page.getByTestId('tags-filter').fill('xdfwy')
    await row('现代服务业').getByTestId('tag-name').click()
    await page.getByTestId('search-view').waitFor()
    expect(page.url()).toContain('tag=')
    await page.getByTestId('search-hit').filter({ hasText: QUOTE_B }).first().waitFor()
    // The search's tag filter offers the library's tags as the person types.
    await expect
      .poll(() => page.locator('.search-filters datalist option').evaluateAll((os) => os.length))
      .toBeGreaterThan(0)
    const offered = await page
      .locator('.search-filters datalist option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))
    expect(offered).toContain('现代服务业')
    expect(pageErrors).toEqual([])
  })
})
