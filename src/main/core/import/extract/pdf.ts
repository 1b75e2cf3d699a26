/**
 * PDF: the text layer, laid out again. Items become lines by baseline, pages
 * are read column by column (see pdf/reading-order.ts), running headers,
 * footers and page numbers are dropped, and each page keeps its printed
 * number (or its position in the file) so highlights can cite it. A PDF
 * with no text layer — a scan — is refused with a message saying so.
 */
import type { ExtractedPage, ExtractedText } from '../extracted'
import { importError } from '../errors'
import { buildFragments } from './pdf/fragments'
import { dropFurniture } from './pdf/furniture'
import { bodySizeOf, toExtractedLines } from './pdf/page-lines'
import { readPdfPages } from './pdf/read-pdf'
import { readingOrder } from './pdf/reading-order'

/** Fewer visible characters than this in the whole file means there is no usable text layer. */
const MIN_TEXT_CHARS = 10

export async function extractPdf(bytes: Uint8Array, label: string): Promise<ExtractedText> {
  const raw = await readPdfPages(bytes, label)
  const visible = raw.reduce(
    (n, p) => n + p.items.reduce((m, it) => m + it.text.replace(/\s/g, '').length, 0),
    0,
  )
  if (visible < MIN_TEXT_CHARS && raw.some((p) => p.rotatedChars > 0)) {
    throw importError(
      label,
      "the PDF's text is set vertically or rotated, which cannot be imported yet",
      'verticalText',
    )
  }
  if (visible < MIN_TEXT_CHARS) {
    throw importError(
      label,
      `the PDF has no text layer (scanned image?); run it through OCR first, then import the result`,
      'scanned',
    )
  }
  const fragmentsByPage = raw.map((p) => ({ height: p.height, fragments: buildFragments(p.items) }))
  const { pages: kept, printedNumbers } = dropFurniture(fragmentsByPage)
  const pages: ExtractedPage[] = kept.map((fragments, i) => {
    const body = bodySizeOf(fragments)
    return {
      number: printedNumbers[i] ?? raw[i]!.index,
      lines: toExtractedLines(readingOrder(fragments, body), body),
    }
  })
  return {
    format: 'pdf',
    encoding: null,
    structured: false,
    pages: pages.filter((p) => p.lines.length > 0),
    meta: {},
  }
}
