/**
 * PDF fixtures printed by headless Chromium from HTML at test time, so the
 * tests exercise real PDF text layers (CID fonts, per-glyph items, Kangxi
 * radicals) without checking in binary files. Used by the bench as well.
 */
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser'

export interface PrintOptions {
  /** Running header and footer templates (Chromium's `headerTemplate`/`footerTemplate`). */
  header?: string
  footer?: string
}

/** Prints `html` to an A4 PDF in a browser that is already running. */
export async function printPdf(
  browser: Browser,
  html: string,
  options: PrintOptions = {},
): Promise<Buffer> {
  const page = await browser.newPage()
  try {
    await page.setContent(html)
    const withFurniture = options.header !== undefined || options.footer !== undefined
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: withFurniture,
      headerTemplate: options.header ?? '<span></span>',
      footerTemplate: options.footer ?? '<span></span>',
    })
  } finally {
    await page.close()
  }
}

/** Prints once with a browser of its own. */
export async function printPdfOnce(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const browser = await launchBrowser()
  try {
    return await printPdf(browser, html, options)
  } finally {
    await browser.close()
  }
}

/** A newspaper-like page: a banner headline over two (or more) columns of paragraphs. */
export function newspaperHtml(opts: {
  headline: string
  paragraphs: readonly string[]
  columns?: number
  lead?: string
}): string {
  const cols = opts.columns ?? 2
  const paras = opts.paragraphs.map((p) => `<p>${p}</p>`).join('')
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 11pt; margin: 0; }
  h1 { font-size: 24pt; text-align: center; margin: 0 0 10pt; }
  .lead { font-size: 11pt; margin: 0 0 8pt; }
  .cols { column-count: ${cols}; column-gap: 20pt; }
  p { margin: 0 0 6pt; text-indent: 2em; text-align: justify; }
  </style></head><body><h1>${opts.headline}</h1>${opts.lead ? `<div class="lead">${opts.lead}</div>` : ''}
  <div class="cols">${paras}</div></body></html>`
}

/** Running header / page-number footer templates for `printPdf`. */
export const RUNNING_HEADER = (text: string): string =>
  `<div style="font-size:8pt;width:100%;text-align:center;font-family:'Noto Sans CJK SC'">${text}</div>`
export const PAGE_NUMBER_FOOTER =
  '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>'
