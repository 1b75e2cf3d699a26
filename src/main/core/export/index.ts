/**
 * Exports (issue 7): gather an export set (quick exports of an article, a
 * tag or a search; or a briefing), then render it in one of six formats.
 */
export * from './export-set'
export { gatherArticle, gatherQuery, gatherTag } from './gather'
export { EXPORT_FORMATS, FORMAT_FILE, renderExport, type ExportFormat } from './render'
export { renderRequest, gatherSource, exportFileName } from './export-request'
export type { PdfPrinter } from './pdf'
