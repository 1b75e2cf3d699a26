/** Steps of the UI that several e2e tests share. */
import type { Page } from 'playwright-core'

/**
 * Imports files through the file picker as a person does: pick, then save the
 * review as proposed; with several files, close the summary that follows.
 */
export async function importThroughUi(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(files)
  await page.getByTestId('review-save').click()
  await page
    .getByTestId('import-review')
    .filter({ has: page.getByTestId('review-save') })
    .waitFor({ state: 'detached' })
  if (files.length > 1) await page.getByTestId('import-summary-close').click()
}

/**
 * From an empty library just loaded: imports `files` through the UI, then
 * opens the first article in the reader.
 */
export async function importAndRead(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('empty-library').waitFor()
  await importThroughUi(page, files)
  await page.getByTestId('article-row').first().click()
  await page.getByTestId('reader-view').waitFor()
}
