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
const NOTICE = join(repoRoot, 'tests', 'fixtures', 'policy', '02-notice-stabilise.txt')
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
  scrollWidth: number
  clientWidth: number
}

/** How many pixels the suggestion line's content is wider than the line (0 or less: it fits). */
const barOverflow = () =>
  page.getByTestId('policy-bar').evaluate((el) => {
    const e = el as unknown as PageElement
    return e.scrollWidth - e.clientWidth
  })

/** Where the article's first paragraph and the suggestion line sit, in viewport pixels. */
async function layout(): Promise<{
  paragraph: number
  slot: number
  slotHeight: number
  scrollY: number
}> {
  const rect = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => (el as unknown as PageElement).getBoundingClientRect())
  const slot = await rect('[data-testid="policy-slot"]')
  return {
    paragraph: (await rect('[data-testid="reader-content"] p')).top,
    slot: slot.top,
    slotHeight: slot.height,
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
  await importThroughUi(page, [WITH, NOTICE, WITHOUT])
  await page.getByTestId('article-row').nth(2).waitFor()
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

  it('stays one line high in a narrow window and in English', async () => {
    await page.setViewportSize({ width: 720, height: 900 })
    const { before, release } = await openHeld('稳经济促发展若干政策措施')
    await release()
    await page.getByTestId('policy-bar').waitFor()
    expect(await layout()).toEqual(before)
    expect(await barOverflow()).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(shotsDir, 'policy-bar-narrow.png') })

    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('policy-accept-all').textContent()).toBe('Accept all')
    expect((await layout()).slotHeight).toBe(before.slotHeight)
    expect(await barOverflow()).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(shotsDir, 'policy-bar-narrow-en.png') })
    await page.getByTestId('lang-switch').click()
    await page.setViewportSize({ width: 1280, height: 900 })
    expect(pageErrors).toEqual([])
  })
})
