/**
 * Headless Chromium for UI tests, driven by playwright-core. Uses the
 * system Chromium at /usr/bin/chromium (never a downloaded one); each
 * launch gets a fresh temporary profile.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type JSHandle, type Locator, type Page } from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Launches headless Chromium, or fails saying how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `UI tests need Chromium at ${CHROMIUM_PATH} (e.g. \`apt-get install chromium\`); it was not found.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

// The functions below hand callbacks to page.evaluate, which run in the
// page. The node tsconfig has no DOM lib, so the few page globals they use
// are declared here, for this module only.
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } }
declare function getComputedStyle(element: unknown): Record<string, string>
declare class DataTransfer {
  items: { add(file: File): void }
}

/** One computed style property (camelCase, e.g. 'fontSize') of the first element the locator finds. */
export async function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.first().evaluate((el, prop) => getComputedStyle(el)[prop] ?? '', property)
}

/** How many pixels the page is wider than the window (0 or less: no horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
}

/** A DataTransfer in the page holding text files, for dispatching drag and drop events. */
export async function fileDataTransfer(
  page: Page,
  files: readonly { name: string; text: string; type: string }[],
): Promise<JSHandle> {
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }))
    return dt
  }, files)
}

/**
 * A new page that records uncaught errors and console errors (CSP violations
 * included) into `errors`, so a test can assert the UI logged none.
 */
export async function newWatchedPage(
  browser: Browser,
  errors: string[],
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  return page
}
