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
