/** Renders an export set in one of the six formats. */
import { AppException } from '@shared/result'
import { toCsv } from './csv'
import { toDocx } from './docx'
import type { ExportOptions, ExportSet } from './export-set'
import { toHtml } from './html'
import { toMarkdown } from './markdown'
import { toPdf, type PdfPrinter } from './pdf'
import { toWebAnnotations } from './web-annotation'

export const EXPORT_FORMATS = ['docx', 'md', 'html', 'pdf', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The file extension and MIME type of each format. */
export const FORMAT_FILE: Record<ExportFormat, { ext: string; mime: string }> = {
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8' },
  html: { ext: 'html', mime: 'text/html; charset=utf-8' },
  pdf: { ext: 'pdf', mime: 'application/pdf' },
  csv: { ext: 'csv', mime: 'text/csv; charset=utf-8' },
  json: { ext: 'json', mime: 'application/ld+json' },
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'))

/** Renders `set` as `format`; PDF needs a printer (UNAVAILABLE without one). */
export async function renderExport(
  format: ExportFormat,
  set: ExportSet,
  opts: ExportOptions,
  printer?: PdfPrinter,
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return toDocx(set, opts)
    case 'md':
      return utf8(toMarkdown(set, opts))
    case 'html':
      return utf8(toHtml(set, opts))
    case 'csv':
      return toCsv(set)
    case 'json':
      return utf8(toWebAnnotations(set))
    case 'pdf':
      if (!printer)
        throw new AppException('UNSUPPORTED', 'PDF export needs a browser engine to print with')
      return toPdf(set, opts, printer)
  }
}
