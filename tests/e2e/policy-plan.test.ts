// A county implementation plan through the UI in headless Chromium against
// the browser host: the reader underlines what the recognizer finds in a plan
// (counted targets such as 新建5G基站500个以上, a quoted slogan list, packages
// written in Chinese numerals), 全部采纳 accepts them, and the registry lists
// them. Needs `npm run build` (the host serves out/renderer).
import { mkdirSync } from 'node:fs'
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

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors, { width: 1280, height: 900 })
  await page.goto(host.url)
  await importAndRead(page, [
    join(repoRoot, 'tests', 'fixtures', 'policy', '17-implementation-plan.txt'),
  ])
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('policy points in an implementation plan (browser host)', () => {
  it('underlines the plan’s targets, slogans and packages and accepts them all into the registry', async () => {
    await page.getByTestId('policy-bar').waitFor()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBeGreaterThan(12)
    await page.screenshot({ path: join(shotsDir, 'policy-plan-reader.png'), fullPage: true })

    await page.getByTestId('policy-accept-all').click()
    await expect.poll(() => page.locator('.policy-hints__line').count()).toBe(0)
    const marks = await page.locator('mark[data-highlight-ids]').allTextContents()
    expect(marks.join('|')).toContain('新建5G基站500个以上')

    await page.getByTestId('nav-policies').click()
    await page.getByTestId('policy-registry').waitFor()
    const rows = page.getByTestId('policy-row')
    await expect.poll(() => rows.count()).toBeGreaterThan(12)
    const text = (await rows.allTextContents()).join('\n')
    for (const label of [
      '新建5G基站500个以上',
      '累计建成5G基站1500个',
      '培育数字经济规上企业50家',
      '四化同步、城乡融合、五区共兴',
      '数字经济15条',
      '1+3+N',
    ])
      expect(text).toContain(label)
    // The look back at the end of the plan is not a target.
    expect(text).not.toContain('年均增长12%')
    await page.screenshot({ path: join(shotsDir, 'policy-plan-registry.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
