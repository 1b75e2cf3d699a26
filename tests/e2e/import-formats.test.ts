// Importing PDF, Word and web pages through the UI's file picker, against
// the browser host: the picker offers the formats, each file lands as an
// article, a zip bomb is refused by name, and the PDF reads in order.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { buildDocx } from '../helpers/docx'
import { startTestHost, type TestHost } from '../helpers/host'
import { PAGE_NUMBER_FOOTER, RUNNING_HEADER, newspaperHtml, printPdf } from '../helpers/pdf'
import { fixture, repoRoot } from '../helpers/temp'
import { buildZip } from '../helpers/zip'

const shotsDir = join(repoRoot, 'test-results')
const PDF_TITLE = '达州百亿级制造业彰显活力'
const DOCX_TITLE = '关于加快建设现代化产业体系的实施意见'
const HTML_TITLE = '南江市人民政府办公室关于印发优化营商环境若干措施的通知'

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  host = await startTestHost()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`))
  await page.goto(host.url)
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('importing other formats through the UI', () => {
  it('offers PDF, Word and web pages in the file picker', async () => {
    const accept = await page.getByTestId('import-input').getAttribute('accept')
    for (const ext of ['.txt', '.md', '.pdf', '.docx', '.html', '.htm'])
      expect(accept).toContain(ext)
  })

  it('imports a PDF, a DOCX and a GBK web page, and names the zip bomb it refuses', async () => {
    const paragraphs = Array.from(
      { length: 24 },
      (_, i) =>
        `第${i + 1}段：近年来，达州坚持把招商引资作为经济工作的生命线，围绕主导产业精准招商，引进一批投资规模大、带动能力强的重大项目。`,
    )
    const pdf = await printPdf(browser, newspaperHtml({ headline: PDF_TITLE, paragraphs }), {
      header: RUNNING_HEADER('经济要闻'),
      footer: PAGE_NUMBER_FOOTER,
    })
    const docx = await buildDocx({
      title: DOCX_TITLE,
      sections: [
        { heading: '一、总体要求', paragraphs: ['坚持以实体经济为根基，推动产业高端化。'] },
      ],
    })
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024) }])
    await page.getByTestId('import-input').setInputFiles([
      { name: '达州日报-3版.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: '实施意见.docx', mimeType: 'application/octet-stream', buffer: docx },
      {
        name: '通知.html',
        mimeType: 'text/html',
        buffer: readFileSync(fixture('html/gov-notice-gbk.html')),
      },
      { name: '炸弹.docx', mimeType: 'application/octet-stream', buffer: bomb },
    ])
    // The refused file is named at once; the three others wait in the review.
    const banner = page.getByTestId('error-banner')
    await banner.waitFor({ timeout: 30_000 })
    // main's reason word, shown in Chinese with the file's name
    expect(await banner.textContent()).toContain('炸弹.docx：解压后过大，疑为压缩炸弹，已拒绝')
    await page.getByTestId('review-save').click({ timeout: 30_000 })
    const summary = page.getByTestId('import-summary')
    await summary.waitFor({ timeout: 30_000 })
    expect(await summary.textContent()).toContain('炸弹.docx')
    await page.getByTestId('import-summary-close').click()
    await expect.poll(() => page.getByTestId('article-row').count(), { timeout: 30_000 }).toBe(3)
    const rows = (await page.getByTestId('article-row').allTextContents()).join('\n')
    for (const title of [PDF_TITLE, DOCX_TITLE, HTML_TITLE]) expect(rows).toContain(title)
    await page.screenshot({ path: join(shotsDir, 'import-formats.png'), animations: 'disabled' })
    await banner.getByRole('button').click()
  })

  it('reads the PDF article in column order without its running header', async () => {
    await page.getByTestId('article-row').filter({ hasText: PDF_TITLE }).click()
    await page.getByTestId('reader-view').waitFor()
    const text = (await page.getByTestId('reader-content').textContent()) ?? ''
    const order = [...text.matchAll(/第(\d+)段/g)].map((m) => Number(m[1]))
    expect(order).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    expect(text).not.toContain('经济要闻')
    await page.screenshot({ path: join(shotsDir, 'reader-pdf.png'), animations: 'disabled' })
  })

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([])
  })
})
