// Backups in the UI, in headless Chromium against the browser host: the
// header's library menu backs up and lists backups; a damaged library gets
// its own screen (never a blank page) that restores the newest good backup.
// Needs `npm run build` (the host serves out/renderer).
import { mkdirSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { backupLibrary } from '../../src/main/core/backup/create-backup'
import { importPaths } from '../../src/main/core/import/pipeline'
import { launchBrowser } from '../helpers/browser'
import { startTestHost } from '../helpers/host'
import { fixture, repoRoot, tempDir } from '../helpers/temp'

const shotsDir = join(repoRoot, 'test-results')
const TITLE = '南江市出台优化营商环境“24条”措施'

let browser: Browser

async function newPage(errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } })
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('dialog', (d) => void d.accept())
  return page
}

/** A library holding one article, with one backup of it, then damaged on disk. */
async function damagedLibraryWithBackup(): Promise<string> {
  const libraryPath = join(tempDir(), 'library.sqlite')
  const lib = openLibrary(libraryPath)
  await importPaths(lib.db, [fixture('policy-notice.txt')])
  await backupLibrary(lib.db, libraryPath, 'daily')
  lib.db.pragma('wal_checkpoint(TRUNCATE)')
  lib.close()
  truncateSync(libraryPath, Math.floor(statSync(libraryPath).size / 2))
  return libraryPath
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('backups in the UI', () => {
  it('backs up from the library menu and lists the backup to restore', async () => {
    const host = await startTestHost()
    const errors: string[] = []
    const page = await newPage(errors)
    try {
      await page.goto(host.url)
      await page.getByTestId('library-menu').click()
      await page.getByTestId('backup-now').click()
      await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已备份资料库')
      await page.getByTestId('library-menu').click()
      await page.getByTestId('restore-open').click()
      const items = page.locator('[data-testid=backup-list] li')
      // the start-up daily backup and the one just made
      await expect.poll(() => items.count()).toBe(2)
      expect(await items.allTextContents()).toEqual([
        expect.stringContaining('手动备份'),
        expect.stringContaining('每日自动备份'),
      ])
      await page.screenshot({ path: join(shotsDir, 'backup-restore-panel.png') })
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await host.close()
    }
  })

  it('shows a damaged library as a clear screen and restores the newest good backup', async () => {
    const libraryPath = await damagedLibraryWithBackup()
    const host = await startTestHost({ libraryPath })
    const errors: string[] = []
    const page = await newPage(errors)
    try {
      await page.goto(host.url)
      const screen = page.getByTestId('library-damaged')
      await screen.waitFor()
      expect(await screen.textContent()).toContain('资料库已损坏，无法打开')
      expect(await screen.textContent()).toContain(libraryPath)
      expect(await screen.textContent()).toContain('最新完好备份')
      await page.screenshot({ path: join(shotsDir, 'backup-library-damaged.png') })
      await page.getByTestId('lang-switch').click()
      expect(await screen.textContent()).toContain('The library is damaged and cannot be opened')
      await page.screenshot({ path: join(shotsDir, 'backup-library-damaged-en.png') })
      await page.locator('[data-testid=backup-list] li button').first().click()
      await page.getByText(TITLE).waitFor()
      // the restored library is the app's library again, also after a reload
      await page.reload()
      await page.getByText(TITLE).waitFor()
      expect(await page.getByTestId('library-damaged').count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await host.close()
    }
  })
})
