/**
 * Answers an export request (contract call `export.render`, the CLI): gathers
 * the set the source names, renders it, and suggests a file name.
 */
import type { Database } from 'better-sqlite3'
import type { ExportFile, ExportRequest } from '@shared/calls/briefings'
import { readBriefing } from '../briefings/read-briefing'
import { allItems, type CitationStyle, type ExportSet } from './export-set'
import { gatherArticle, gatherQuery, gatherTag } from './gather'
import { briefingExportSet } from './gather-briefing'
import { gatherPolicy } from './gather-policy'
import { FORMAT_FILE, renderExport } from './render'
import type { PdfPrinter } from './pdf'

/** The set a request's source names, and the citation style it defaults to. */
export function gatherSource(
  db: Database,
  source: ExportRequest['source'],
  now: string,
): { set: ExportSet; citation: CitationStyle } {
  switch (source.kind) {
    case 'briefing': {
      const b = readBriefing(db, source.id)
      return { set: briefingExportSet(db, b, now), citation: b.citation }
    }
    case 'article':
      return { set: gatherArticle(db, source.id, now), citation: 'inline' }
    case 'tag':
      return { set: gatherTag(db, source.name, now), citation: 'inline' }
    case 'policy':
      return { set: gatherPolicy(db, source.label, now), citation: 'inline' }
    case 'query':
      return {
        set: gatherQuery(db, source.query, now, source.filters ?? {}),
        citation: 'inline',
      }
  }
}

/** A file name from the set's title: no path separators or characters Windows refuses. */
export function exportFileName(title: string, ext: string): string {
  const printable = [...title].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('')
  const safe = printable
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return `${(safe || 'Pizhu').slice(0, 80).replace(/[. ]+$/, '')}.${ext}`
}

/** Renders the export a request asks for. */
export async function renderRequest(
  db: Database,
  req: ExportRequest,
  printer: PdfPrinter | undefined,
): Promise<ExportFile & { bytes: Uint8Array }> {
  const { set, citation } = gatherSource(db, req.source, new Date().toISOString())
  const bytes = await renderExport(
    req.format,
    set,
    { citation: req.citation ?? citation, style: req.style ?? 'plain' },
    printer,
  )
  const file = FORMAT_FILE[req.format]
  return {
    fileName: exportFileName(set.title, file.ext),
    mime: file.mime,
    base64: Buffer.from(bytes).toString('base64'),
    highlights: allItems(set).length,
    bytes,
  }
}
