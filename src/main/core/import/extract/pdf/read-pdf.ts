/**
 * Reading a PDF's text layer with pdfjs-dist (legacy build, which runs on
 * Node 20+). Loaded with a dynamic import because pdfjs is an ES module and
 * the main bundle is CommonJS; pdfjs runs its "fake worker" in-process.
 * Failures become one-line import errors naming the file: encrypted,
 * damaged or truncated files.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { importError } from '../../errors'
import type { PageItems, TextItem } from './page-items'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjs: Promise<PdfJs> | null = null

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjs
}

/** Where pdfjs keeps the CMaps Chinese PDFs with predefined encodings need, and its standard fonts. */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'))
  const dir = (name: string): string => `${join(root, name)}/`
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts') }
}

/** Largest number of pages read from one file. */
export const MAX_PDF_PAGES = 5000

const BOLD_FONT = /bold|black|heavy|semibold|demi|[-_]?W[6-9]\b|extrab|ultrab/i

/** The positioned text of every page; throws an import error naming the file when it cannot. */
export async function readPdfPages(bytes: Uint8Array, label: string): Promise<PageItems[]> {
  checkTrailer(bytes, label)
  const lib = await loadPdfJs()
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    ...dataDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (err) {
    await task.destroy().catch(() => undefined)
    throw openError(err, label)
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw importError(
        label,
        `the PDF has ${doc.numPages} pages; the limit is ${MAX_PDF_PAGES}`,
        'tooLarge',
      )
    }
    const pages: PageItems[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, label))
    return pages
  } finally {
    await doc.destroy()
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

async function readPage(doc: PdfDocument, n: number, label: string): Promise<PageItems> {
  try {
    const page = await doc.getPage(n)
    const view = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const fontNames = new Set<string>()
    for (const it of content.items) if ('fontName' in it) fontNames.add(it.fontName)
    const bold = await boldFonts(page, fontNames)
    const items: TextItem[] = []
    let rotatedChars = 0
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue
      const [a, b, c, d, e, f] = it.transform as number[]
      // Horizontal text only; the font size is the vertical scale of the text matrix.
      if (Math.abs(b!) > Math.abs(a!) || Math.abs(c!) > Math.abs(d!)) {
        rotatedChars += it.str.trim().length
        continue
      }
      const size = Math.abs(d!) || it.height
      items.push({
        text: it.str,
        x: e! - view.viewBox[0]!,
        y: f! - view.viewBox[1]!,
        width: it.width,
        size,
        bold: bold.has(it.fontName),
      })
    }
    page.cleanup()
    return { index: n, width: view.width, height: view.height, items, rotatedChars }
  } catch (err) {
    if (err instanceof Error && err.name === 'AppException') throw err
    throw importError(
      label,
      `the PDF is damaged: page ${n} cannot be read (${messageOf(err)})`,
      'damaged',
    )
  }
}

/** Fonts whose name or descriptor says bold; the font objects exist once the page's operators are loaded. */
async function boldFonts(
  page: Awaited<ReturnType<PdfDocument['getPage']>>,
  names: ReadonlySet<string>,
): Promise<Set<string>> {
  const out = new Set<string>()
  if (names.size === 0) return out
  await page.getOperatorList()
  for (const name of names) {
    if (!page.commonObjs.has(name)) continue
    const font = page.commonObjs.get(name) as { name?: string; bold?: boolean; black?: boolean }
    if (font.bold || font.black || BOLD_FONT.test(font.name ?? '')) out.add(name)
  }
  return out
}

/** A PDF ends with %%EOF; a file cut short in a download or copy does not. */
function checkTrailer(bytes: Uint8Array, label: string): void {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1')
  if (!tail.includes('%%EOF')) {
    throw importError(
      label,
      'the PDF is truncated or damaged (it has no end-of-file marker)',
      'damaged',
    )
  }
}

function openError(err: unknown, label: string): Error {
  const name = err instanceof Error ? err.name : ''
  if (name === 'PasswordException') {
    return importError(
      label,
      'the PDF is encrypted with a password; remove the password (print or save an unprotected copy) and import it again',
      'encrypted',
    )
  }
  if (name === 'InvalidPDFException') {
    return importError(
      label,
      `the PDF is damaged and cannot be read (${messageOf(err)})`,
      'damaged',
    )
  }
  return importError(label, `the PDF cannot be read (${messageOf(err)})`, 'damaged')
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!
}
