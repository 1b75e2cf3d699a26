// Highlights in the reader, driven with the mouse and keyboard in headless
// Chromium against the browser host: two overlapping highlights in two
// colours, a note with bold text (also typed through an input method), a
// tag, a reload, a correction inside a highlight, delete and undo, and
// screenshots in the light and dark themes. Needs `npm run build`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const ARTICLE_FILE = join(repoRoot, 'tests', 'fixtures', 'investment-promotion.txt')

// Page globals used inside page.evaluate callbacks; the node tsconfig has no DOM lib.
interface PageText {
  data: string
}
interface PageRect {
  left: number
  right: number
  top: number
  height: number
}
declare const document: {
  querySelector(selector: string): unknown
  createTreeWalker(root: unknown, what: number): { nextNode(): PageText | null }
  createRange(): {
    setStart(node: PageText, offset: number): void
    setEnd(node: PageText, offset: number): void
    getBoundingClientRect(): PageRect
  }
}
declare const NodeFilter: { SHOW_TEXT: number }
declare const window: { getSelection(): { toString(): string } | null }

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

interface Row {
  id: number
  exact: string
  color: string
  note_text: string
  note_json: string | null
  anchor_status: string
}

function rows(): Row[] {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return db
      .prepare('SELECT * FROM highlights ORDER BY start_offset, end_offset DESC')
      .all() as Row[]
  } finally {
    db.close()
  }
}

function tagsOf(id: number): string[] {
  const db = new Database(host.libraryPath, { readonly: true })
  try {
    return (
      db
        .prepare(
          'SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = ?',
        )
        .all(id) as { name: string }[]
    ).map((r) => r.name)
  } finally {
    db.close()
  }
}

/** Screen points at the left edge of the first and the right edge of the last character of `needle`. */
async function textPoints(
  needle: string,
): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate((needle) => {
    const root = document.querySelector('.article-text')
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: PageText[] = []
    let all = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n)
      all += n.data
    }
    const at = all.indexOf(needle)
    if (at < 0) throw new Error(`"${needle}" is not on the page`)
    const point = (offset: number): [PageText, number] => {
      let rest = offset
      for (const n of nodes) {
        if (rest < n.data.length) return [n, rest]
        rest -= n.data.length
      }
      throw new Error('offset past the end')
    }
    const rectOf = (offset: number): PageRect => {
      const [n, i] = point(offset)
      const r = document.createRange()
      r.setStart(n, i)
      r.setEnd(n, i + 1)
      return r.getBoundingClientRect()
    }
    const a = rectOf(at)
    const b = rectOf(at + needle.length - 1)
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
  }, needle)
}

async function selectWithMouse(needle: string, toolbar = true): Promise<void> {
  // Select once the policy-point suggestions are in (after a load or a
  // correction), so no re-render lands between measuring and dragging.
  await page.getByTestId('policy-bar').waitFor()
  const p = await textPoints(needle)
  await page.mouse.move(p.x1, p.y1)
  await page.mouse.down()
  await page.mouse.move((p.x1 + p.x2) / 2, p.y2, { steps: 4 })
  await page.mouse.move(p.x2, p.y2, { steps: 4 })
  await page.mouse.up()
  const sel = await page.evaluate(() => window.getSelection()?.toString())
  if (!toolbar) return
  await page
    .getByTestId('highlight-toolbar')
    .waitFor()
    .catch((e: unknown) => {
      throw new Error(`${String(e).slice(0, 80)} sel=${sel} errors=${pageErrors.join('; ')}`)
    })
  expect(sel).toBe(needle)
}

/** Waits until the page stops scrolling (the reader restores the reading position after a load). */
async function scrollSettled(): Promise<void> {
  let last = -1
  for (let i = 0; i < 20; i++) {
    const y = Number(await page.evaluate('window.scrollY'))
    if (y === last) return
    last = y
    await page.waitForTimeout(150)
  }
}

async function openReader(): Promise<void> {
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-view').waitFor()
  await page.getByTestId('reader-content').locator('p').first().waitFor()
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1400, height: 900 })
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await importThroughUi(page, [ARTICLE_FILE])
  await page.getByTestId('article-row').first().waitFor()
  await openReader()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const FIRST = '坚持把招商引资作为经济工作的“生命线”'
const OVERLAP = '经济工作的“生命线”'

describe('highlights in the reader (browser host)', () => {
  it('highlights a mouse selection in two colours with overlap', async () => {
    await selectWithMouse(FIRST)
    console.log('ERRORS', pageErrors)
    await page.getByTestId('highlight-color-yellow').click()
    await page.locator('mark.hl').first().waitFor()

    // The second, overlapping one: select, then press 2 (the second colour).
    await selectWithMouse(OVERLAP.slice(0, 6))
    await page.keyboard.press('2')
    await expect.poll(() => rows().length).toBe(2)
    const [a, b] = rows()
    expect(a).toMatchObject({ exact: FIRST, color: 'yellow', anchor_status: 'ok' })
    expect(b).toMatchObject({ exact: OVERLAP.slice(0, 6), color: 'green' })
    // The overlap is one mark carrying both ids, painted in the inner (green) colour.
    const overlap = page.locator(`mark[data-highlight-ids="${a!.id} ${b!.id}"]`)
    expect(await overlap.textContent()).toBe(OVERLAP.slice(0, 6))
    expect(await overlap.getAttribute('data-color')).toBe('green')
    expect(await page.getByTestId('pane-item').count()).toBe(2)
  })

  it('adds a note with bold text, typed also through an input method, and a tag', async () => {
    await page.locator('mark.hl').first().click()
    await page.getByTestId('highlight-card').waitFor()
    await page.getByTestId('note-editor').click()
    await page.keyboard.type('这一提法')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('值得引用')
    await page.keyboard.press('Control+b')
    // Pinyin composition through the DevTools protocol, as an IME does it.
    const cdp = await page.context().newCDPSession(page)
    for (const [pinyin, hanzi] of [
      ['zhong', '重'],
      ['dian', '点'],
    ] as const) {
      for (let i = 1; i <= pinyin.length; i++) {
        await cdp.send('Input.imeSetComposition', {
          text: pinyin.slice(0, i),
          selectionStart: i,
          selectionEnd: i,
        })
      }
      await cdp.send('Input.insertText', { text: hanzi })
    }
    await page.getByTestId('tag-input').click()
    await page.keyboard.type('营商环境/招商')
    await page.keyboard.press('Enter')
    await page.getByTestId('highlight-tag').waitFor()
    await expect.poll(() => rows()[0]!.note_text, { timeout: 3000 }).toBe('这一提法值得引用重点')
    expect(rows()[0]!.note_json).toMatch(/"format":1/) // bold text
    expect(tagsOf(rows()[0]!.id)).toContain('招商')
    await page.screenshot({ path: join(shotsDir, 'highlight-card.png'), animations: 'disabled' })
  })

  it('keeps highlights, note and tag across a reload', async () => {
    await page.reload()
    await page.getByTestId('reader-content').locator('mark.hl').first().waitFor()
    expect(await page.locator('mark.hl').count()).toBeGreaterThanOrEqual(2)
    const item = page.getByTestId('pane-item').first()
    expect(await item.textContent()).toContain('营商环境/招商')
    expect(await item.textContent()).toContain('这一提法值得引用重点')
    await item.click()
    await page.getByTestId('highlight-card').waitFor()
    expect(await page.getByTestId('note-editor').locator('.note__bold').textContent()).toBe(
      '值得引用',
    )
    await page.keyboard.press('Escape')
  })

  it('follows a correction inside a highlight', async () => {
    await selectWithMouse('招商引资')
    await page.getByTestId('correct-selection').click()
    await page.getByTestId('correction-input').fill('招引项目')
    await page.keyboard.press('Enter')
    await expect.poll(() => rows()[0]!.exact).toBe('坚持把招引项目作为经济工作的“生命线”')
    expect(rows()[0]!.anchor_status).toBe('moved')
    expect(rows()[1]).toMatchObject({ exact: OVERLAP.slice(0, 6), anchor_status: 'ok' })
    await expect
      .poll(() => page.locator('mark.hl').first().textContent())
      .toContain('坚持把招引项目')
  })

  it('shows a highlight whose text was replaced as an orphan, and re-attaches it', async () => {
    await selectWithMouse('工作的“')
    await page.getByTestId('correct-selection').click()
    await page.getByTestId('correction-input').fill('（略）')
    await page.keyboard.press('Enter')
    await expect.poll(() => rows().filter((r) => r.anchor_status === 'orphan').length).toBe(1)
    const orphan = rows().find((r) => r.anchor_status === 'orphan')!
    expect(orphan.exact).toBe(OVERLAP.slice(0, 6)) // keeps its quote
    await page.getByTestId('reattach').click()
    await page.getByTestId('reattach-hint').waitFor()
    await selectWithMouse('现代产业体系', false)
    await expect.poll(() => rows().find((r) => r.id === orphan.id)!.anchor_status).toBe('ok')
    expect(rows().find((r) => r.id === orphan.id)!.exact).toBe('现代产业体系')
  })

  it('deletes a highlight and brings it back with Ctrl+Z', async () => {
    const before = rows()
    await page.getByTestId('pane-item').nth(1).click()
    await page.getByTestId('highlight-delete').click()
    await expect.poll(() => rows().length).toBe(1)
    await page.getByTestId('highlight-undo').waitFor()
    await page.keyboard.press('Control+z')
    await expect.poll(() => rows().length).toBe(2)
    expect(rows().map((r) => r.id)).toEqual(before.map((r) => r.id))
  })

  it('renames a colour, and the toolbar uses the new name', async () => {
    await page.getByTestId('color-names').click()
    await page.getByTestId('color-name-pink').fill('待核实')
    await page.keyboard.press('Enter')
    await page.getByTestId('color-names').click()
    await selectWithMouse('现代产业')
    expect(await page.getByTestId('highlight-color-pink').textContent()).toBe('待核实')
    await page.keyboard.press('Escape')
    await page.reload()
    await page.getByTestId('reader-content').locator('mark.hl').first().waitFor()
    await scrollSettled()
    await selectWithMouse('现代产业')
    expect(await page.getByTestId('highlight-color-pink').textContent()).toBe('待核实')
    await page.keyboard.press('Escape')
  })

  it('shows the reader with highlights in light and dark themes', async () => {
    // A third highlight nested inside the first, so the pictures show an overlap.
    await selectWithMouse('招引项目')
    await page.keyboard.press('3')
    await expect.poll(() => rows().length).toBe(3)
    await page.mouse.click(5, 300)
    await page.screenshot({
      path: join(shotsDir, 'reader-highlights-light.png'),
      animations: 'disabled',
    })
    await page.getByTestId('theme-toggle').click()
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark')
    await page.screenshot({
      path: join(shotsDir, 'reader-highlights-dark.png'),
      animations: 'disabled',
    })
    await page.reload()
    await page.getByTestId('reader-content').locator('mark.hl').first().waitFor()
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark')
    await page.getByTestId('theme-toggle').click()
    expect(pageErrors).toEqual([])
  })
})
