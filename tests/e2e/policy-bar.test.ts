// The reader's policy-suggestion line never moves the text: the recognizer's
// answer is held back until the text is painted, then let through, and the
// first paragraph must sit where it was, with suggestions, with none, with the
// underlines hidden and when the recognizer fails. Screenshots of each state
// in light and dark go to test-results/.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { importThroughUi } from '../helpers/ui'

const repoRoot = join(__dirname, '..', '..')
const shotsDir = join(repoRoot, 'test-results')
const WITH = join(repoRoot, 'tests', 'fixtures', 'policy', '01-news-industry.txt')
const WITHOUT = join(repoRoot, 'tests', 'fixtures', 'policy-bar', 'no-policy.txt')
const DETECT = '**/api/policy.detect'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

// Page globals for the callbacks handed to page.evaluate (the node tsconfig has no DOM lib).
declare const window: { scrollY: number }
interface PageElement {
  getBoundingClientRect(): { top: number; height: number }
}

/** Where the article's first paragraph and the suggestion line sit, in viewport pixels. */
async function layout(): Promise<{ paragraph: number; slot: number; scrollY: number }> {
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => (el as unknown as PageElement).getBoundingClientRect().top)
  return {
    paragraph: await top('[data-testid="reader-content"] p'),
    slot: await top('[data-testid="policy-slot"]'),
    scrollY: await page.evaluate(() => window.scrollY),
  }
}

/** Holds every policy.detect call until the returned function is called. */
async function holdDetect(answer: (route: Route) => Promise<void> = (r) => r.continue()) {
  let release = (): void => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route(DETECT, async (route) => {
    await gate
    await answer(route)
  })
  return async (): Promise<void> => {
    release()
    // Lets the held calls finish answering before the handler goes.
    await page.unrouteAll({ behavior: 'wait' })
  }
}

/** Opens the article whose row shows `title`, with the recognizer's answer held back; returns the layout once the text is painted. */
async function openHeld(title: string, answer?: (route: Route) => Promise<void>) {
  await page.goto(host.url)
  const release = await holdDetect(answer)
  await page.getByTestId('article-row').filter({ hasText: title }).click()
  await page.locator('[data-testid="reader-content"] p').first().waitFor()
  await page.locator('[data-testid="policy-slot"][data-state="loading"]').waitFor()
  return { before: await layout(), release }
}

const slotIn = (state: string) =>
  page.locator(`[data-testid="policy-slot"][data-state="${state}"]`).waitFor()

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(shotsDir, `${name}-light.png`), animations: 'disabled' })
  await page.getByTestId('theme-toggle').click()
  await page.screenshot({ path: join(shotsDir, `${name}-dark.png`), animations: 'disabled' })
  await page.getByTestId('theme-toggle').click()
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, [WITH, WITHOUT])
  await page.getByTestId('article-row').nth(1).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('policy suggestion line (browser host)', () => {
  it('keeps the text in place when suggestions arrive, are hidden and are all accepted', async () => {
    const { before, release } = await openHeld('重点产业“24条”落地见效')
    await page.screenshot({ path: join(shotsDir, 'policy-bar-loading.png') })
    await release()
    await page.getByTestId('policy-bar').waitFor()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('policy-bar').textContent()).toMatch(/识别出 \d+ 处政策要点/)
    expect(await layout()).toEqual(before)
    await shoot('policy-bar-found')

    await page.getByTestId('policy-hints-toggle').click()
    await slotIn('hidden')
    expect(await page.getByTestId('policy-slot').textContent()).toBe('政策要点虚线已隐藏')
    expect(await layout()).toEqual(before)
    await page.getByTestId('policy-hints-toggle').click()
    await page.getByTestId('policy-bar').waitFor()

    await page.getByTestId('policy-accept-all').click()
    await slotIn('none')
    await page.locator('mark[data-highlight-ids]').first().waitFor()
    expect(await layout()).toEqual(before)
  })

  it('says quietly that nothing was found, in the same place', async () => {
    const { before, release } = await openHeld('老街口的早市')
    await release()
    await slotIn('none')
    expect(await page.getByTestId('policy-slot').textContent()).toBe('未识别到待确认的政策要点')
    expect(await layout()).toEqual(before)
    await shoot('policy-bar-none')
  })

  it('shows a failed recognizer in the line, not above the text', async () => {
    const failed = { ok: false, error: { code: 'INTERNAL', message: '识别器出错' } }
    const { before, release } = await openHeld('老街口的早市', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(failed) }),
    )
    await release()
    await slotIn('error')
    expect(await page.getByTestId('policy-slot').textContent()).toContain('识别器出错')
    expect(await layout()).toEqual(before)
    expect(pageErrors).toEqual([])
  })
})
