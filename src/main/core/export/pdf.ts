/**
 * PDF export: the HTML export printed by a browser engine. Core stays free
 * of Electron and of any browser: the caller supplies the printer — in the
 * app, Electron's printToPDF; in the CLI, the browser host and tests, a
 * headless Chromium.
 */
import { toHtml } from './html'
import type { ExportOptions, ExportSet } from './export-set'

/** Prints a self-contained HTML document (A4, its own @page rules) to PDF bytes. */
export interface PdfPrinter {
  printHtml(html: string): Promise<Uint8Array>
}

/** The set as PDF bytes, printed from its HTML export. */
export async function toPdf(
  set: ExportSet,
  opts: ExportOptions,
  printer: PdfPrinter,
): Promise<Uint8Array> {
  return printer.printHtml(toHtml(set, opts))
}
