// Structure edit mode in the reader (browser host): merge an article with the
// next one and split it off again at a heading, with highlights travelling
// with their text, undone by Ctrl/Cmd+Z and by the undo offer.
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
const PAGE = join(repoRoot, 'tests', 'fixtures', 'text', 'page-two-features.txt')
const FIRST = '青山区：以科技创新引领产业升级'
const SECOND = '河长制，让碧水长流'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

function all<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

const titles = () => all<{ title: string }>('SELECT title FROM articles ORDER BY position')
const blocks = () => page.getByTestId('structure-block')

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1300, height: 900 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await importThroughUi(page, [PAGE])
  await page.getByTestId('article-row').nth(1).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('editing an article’s structure', () => {
  it('merges with the next article, undoes with Ctrl+Z, and splits at a heading', async () => {
    const [second] = all<{ id: number }>('SELECT id FROM articles WHERE title = ?', SECOND)
    const added = await run(
      '--library',
      host.libraryPath,
      'highlight',
      'add',
      String(second!.id),
      '--quote',
      '河长+检察长',
    )
    expect(added.code).toBe(0)
    const [first] = all<{ id: number }>('SELECT id FROM articles WHERE title = ?', FIRST)
    for (const [id, text] of [
      [first!.id, '科技创新：对照本地产业政策'],
      [second!.id, '河长制：可推广的协作机制'],
    ] as const) {
      expect((await run('--library', host.libraryPath, 'note', 'set', String(id), text)).code).toBe(
        0,
      )
    }
    const noteEditor = page.getByTestId('article-note-editor')

    await page.getByTestId('article-row').filter({ hasText: FIRST }).click()
    await page.getByTestId('reader-content').locator('p').first().waitFor()
    await page.getByTestId('structure-toggle').click()
    await expect.poll(() => blocks().count()).toBe(4)

    await page.getByTestId('merge-next').click()
    await page.getByTestId('structure-undo-offer').waitFor()
    await expect.poll(() => blocks().count()).toBe(4 + 1 + 5)
    expect(await blocks().nth(4).textContent()).toBe(SECOND)
    expect(titles().map((t) => t.title)).toEqual([FIRST])
    // Both articles had a note: the merged article's note holds both, in order.
    await expect
      .poll(() => noteEditor.locator('p').allTextContents())
      .toEqual(['科技创新：对照本地产业政策', `—— ${SECOND} ——`, '河长制：可推广的协作机制'])
    expect(await noteEditor.locator('p').nth(1).locator('.note__bold').textContent()).toBe(
      `—— ${SECOND} ——`,
    )
    await page.screenshot({ path: join(shotsDir, 'structure-merged.png'), animations: 'disabled' })

    await page.getByTestId('merge-next').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => blocks().count()).toBe(4)
    expect(titles().map((t) => t.title)).toEqual([FIRST, SECOND])
    await expect
      .poll(() => noteEditor.locator('p').allTextContents())
      .toEqual(['科技创新：对照本地产业政策'])
    expect(
      all<{ note_text: string }>('SELECT note_text FROM article_notes ORDER BY article_id'),
    ).toEqual([
      { note_text: '科技创新：对照本地产业政策' },
      { note_text: '河长制：可推广的协作机制' },
    ])
    const [back] = all<{ article_id: number; exact: string }>(
      'SELECT article_id, exact FROM highlights',
    )
    expect(back).toEqual({ article_id: second!.id, exact: '河长+检察长' })

    // Merge again, read it with the highlight in place, then split it off at the heading.
    await page.getByTestId('merge-next').click()
    await expect.poll(() => blocks().count()).toBe(10)
    await page.getByTestId('structure-toggle').click()
    await expect
      .poll(() => page.getByTestId('reader-content').locator('mark').first().textContent())
      .toBe('河长+检察长')
    await page.getByTestId('structure-toggle').click()
    await page.getByTestId('split-handle-4').click()
    expect(await page.getByTestId('split-title').inputValue()).toBe(SECOND)
    await page.screenshot({
      path: join(shotsDir, 'structure-split-form.png'),
      animations: 'disabled',
    })
    await page.getByTestId('split-form').getByRole('button', { name: '拆分' }).click()
    await expect.poll(() => blocks().count()).toBe(4)
    await expect
      .poll(() => page.getByTestId('structure-undo-offer').textContent())
      .toContain(SECOND)
    expect(titles().map((t) => t.title)).toEqual([FIRST, SECOND])
    const [moved] = all<{ title: string; exact: string }>(
      'SELECT a.title, h.exact FROM highlights h JOIN articles a ON a.id = h.article_id',
    )
    expect(moved).toEqual({ title: SECOND, exact: '河长+检察长' })
    await page.screenshot({ path: join(shotsDir, 'structure-split.png'), animations: 'disabled' })

    await page.getByTestId('structure-undo').click()
    await expect.poll(() => blocks().count()).toBe(10)
    expect(pageErrors).toEqual([])
  })
})
