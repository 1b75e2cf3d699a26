// Import with review, driven through the UI in headless Chromium against the
// browser host: a seed-shaped newspaper page is proposed as articles, the
// person merges two, renames one and sets the publication for the file,
// saves, and reads the result; pasted text goes through the same review; a
// batch ends with each file's outcome. Needs `npm run build`.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'

const repoRoot = join(__dirname, '..', '..')
const fixturePath = (name: string): string => join(repoRoot, 'tests', 'fixtures', name)
const shotsDir = join(repoRoot, 'test-results')
const PAGE_FILE = fixturePath('text/page-county-news.txt')

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** The proposal is on screen (not just the reading progress). */
const waitForReview = (): Promise<void> => page.getByTestId('review-save').waitFor()

const draftTitles = async (): Promise<string[]> => {
  const inputs = page.getByTestId('draft-title')
  const n = await inputs.count()
  const titles: string[] = []
  for (let i = 0; i < n; i++) titles.push(await inputs.nth(i).inputValue())
  return titles
}

describe('import with review (browser host)', () => {
  it('proposes a newspaper page as articles before saving anything', async () => {
    await page.getByTestId('import-input').setInputFiles(PAGE_FILE)
    await waitForReview()
    expect(await draftTitles()).toEqual([
      '南江“千亿级”产业集群加速成形',
      '园区扩能 再造发展空间',
      '市物流协会：以高效物流网络为产业发展提速、为群众生活增便',
      '“枢纽建设”会长谈',
      '为县域经济发展注入金融活水',
    ])
    const bylines = await page.getByTestId('draft-byline').allTextContents()
    expect(bylines).toContain('作者：张明远 李若溪 王一舟')
    expect(await page.getByTestId('draft').first().textContent()).toContain('南江港集装箱码头')
    expect(await page.getByTestId('empty-library').count()).toBe(1) // nothing saved yet
    await page.screenshot({ path: join(shotsDir, 'import-review.png'), animations: 'disabled' })
  })

  it('merges two articles, renames one, sets the publication, and saves in one go', async () => {
    await page.getByTestId('draft-merge').first().click()
    await expect.poll(draftTitles).toHaveLength(4)
    const title = page.getByTestId('draft-title').nth(2)
    await title.fill('物流协会会长谈枢纽建设')
    await page.getByTestId('file-meta-publication').fill('南江日报')
    await page.getByTestId('file-meta-date').fill('2024-05-21')
    await page.getByTestId('draft-meta-page').first().fill('3')
    await page.screenshot({
      path: join(shotsDir, 'import-review-edited.png'),
      animations: 'disabled',
    })
    expect(await page.getByTestId('review-save').textContent()).toBe('保存 4 篇')
    await page.getByTestId('review-save').click()
    await page.getByTestId('import-review').waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(4)
    expect(await page.getByTestId('toast').textContent()).toContain('已导入 4 篇文章')
  })

  it('reads the merged article with the second title as a sub-heading', async () => {
    await page
      .getByTestId('article-row')
      .filter({ hasText: '南江“千亿级”产业集群加速成形' })
      .click()
    await page.getByTestId('reader-title').waitFor()
    expect(await page.getByTestId('reader-title').textContent()).toBe(
      '南江“千亿级”产业集群加速成形',
    )
    const meta = await page.getByTestId('reader-meta').textContent()
    expect(meta).toContain('南江日报')
    expect(meta).toContain('第 3 版')
    const headings = await page.getByTestId('reader-content').locator('h2').allTextContents()
    expect(headings).toContain('园区扩能 再造发展空间')
    const text = (await page.getByTestId('reader-content').textContent()) ?? ''
    expect(text).toContain('形成“书记抓、抓书记”招商格局') // the sentence cut by a blank line, joined
    expect(text).toContain('1268.4亿元')
    await page.screenshot({
      path: join(shotsDir, 'import-review-reader.png'),
      animations: 'disabled',
    })
    await page.getByTestId('back-to-library').click()
    await page.getByTestId('article-row').filter({ hasText: '物流协会会长谈枢纽建设' }).click()
    await page.getByTestId('reader-title').filter({ hasText: '物流协会会长谈枢纽建设' }).waitFor()
    expect(await page.getByTestId('reader-meta').textContent()).toContain('林海涛')
    await page.getByTestId('back-to-library').click()
  })

  it('imports pasted text through the same review, split at a paragraph', async () => {
    await page.getByTestId('paste-button').click()
    await page.getByTestId('paste-name').fill('工作报告')
    await page
      .getByTestId('paste-text')
      .fill(readFileSync(fixturePath('text/work-report.txt'), 'utf8'))
    await page.getByTestId('paste-preview').click()
    await waitForReview()
    expect(await draftTitles()).toEqual(['政府工作报告'])
    await page.getByTestId('draft-split').click()
    const heading = page
      .getByTestId('split-picker')
      .locator('li')
      .filter({ hasText: '二、2024年主要任务' })
    await heading.getByTestId('split-here').click()
    expect(await draftTitles()).toEqual(['政府工作报告', '二、2024年主要任务'])
    await page.getByTestId('review-save').click()
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(6)
    expect(await page.getByTestId('article-row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('二、2024年主要任务')]),
    )
  })

  it('imports a batch and lists each file’s outcome', async () => {
    await page
      .getByTestId('import-input')
      .setInputFiles([PAGE_FILE, fixturePath('text/notice-hard-wrapped.txt')])
    await waitForReview()
    expect(await page.getByTestId('review-file').count()).toBe(2)
    expect(await page.getByTestId('review-count').textContent()).toBe('2 个文件，拟导入 6 篇文章')
    await page.getByTestId('review-save').click()
    const summary = page.getByTestId('import-summary')
    await summary.waitFor()
    const text = await summary.textContent()
    expect(text).toContain('page-county-news.txt')
    expect(text).toContain('文库中已有相同文件，已跳过')
    expect(text).toContain('notice-hard-wrapped.txt')
    expect(text).toContain('已保存 1 篇')
    await page.screenshot({ path: join(shotsDir, 'import-summary.png'), animations: 'disabled' })
    await page.getByTestId('import-summary-close').click()
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(7)
  })

  it('cancel leaves the library as it was (review shown in English)', async () => {
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('import-input').setInputFiles(fixturePath('text/work-report.txt'))
    await waitForReview()
    expect(await page.getByTestId('review-save').textContent()).toBe('Save 1 article')
    expect(await page.getByTestId('draft-byline').textContent()).toBe('By 市长 周明德')
    await page.screenshot({ path: join(shotsDir, 'import-review-en.png'), animations: 'disabled' })
    await page.getByTestId('review-cancel').click()
    await page.getByTestId('import-review').waitFor({ state: 'detached' })
    expect(await page.getByTestId('article-row').count()).toBe(7)
    await page.getByTestId('lang-switch').click()
  })

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([])
  })
})
