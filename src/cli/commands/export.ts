/**
 * `pizhu export --format F (--article ID | --tag T | --policy P | --query Q | --briefing ID) -o FILE`:
 * quick exports of highlights, or a briefing. Never replaces an existing file without --force.
 */
import { resolve } from 'node:path'
import type { ExportRequest } from '@shared/calls/briefings'
import {
  EXPORT_FORMATS,
  gatherSource,
  renderExport,
  type CitationStyle,
  type ExportFormat,
} from '../../main/core/export'
import { chromiumPrinter } from '../../main/core/export/chromium-printer'
import { writeExportFile } from '../../main/core/export/write-export-file'
import { UsageError } from '../args'
import type { Command, OptionValues } from '../command'

function str(options: OptionValues, name: string): string | undefined {
  const v = options[name]
  return typeof v === 'string' ? v : undefined
}

function positiveId(value: string, flag: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--${flag} needs a positive whole number (got "${value}")`)
  return n
}

/** The source the one source flag names. */
function sourceOf(options: OptionValues): ExportRequest['source'] {
  const given = ['article', 'tag', 'policy', 'query', 'briefing'].filter(
    (f) => str(options, f) !== undefined,
  )
  if (given.length !== 1)
    throw new UsageError(
      'name exactly one of --article ID, --tag T, --policy P, --query Q or --briefing ID',
    )
  const value = str(options, given[0]!)!
  switch (given[0]) {
    case 'article':
      return { kind: 'article', id: positiveId(value, 'article') }
    case 'briefing':
      return { kind: 'briefing', id: positiveId(value, 'briefing') }
    case 'tag':
      return { kind: 'tag', name: value }
    case 'policy':
      return { kind: 'policy', label: value.trim() }
    default:
      return { kind: 'query', query: value }
  }
}

export const exportCommand: Command = {
  name: 'export',
  synopsis:
    '--format docx|md|html|pdf|csv|json (--article ID | --tag T | --policy P | --query Q | --briefing ID) [--style official] [--citation inline|endnotes] -o FILE [--force]',
  summary: 'export highlights to Word, Markdown, HTML, PDF, CSV or Web Annotation JSON',
  options: {
    format: { type: 'string' },
    article: { type: 'string' },
    tag: { type: 'string' },
    policy: { type: 'string' },
    query: { type: 'string' },
    briefing: { type: 'string' },
    style: { type: 'string' },
    citation: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run({ library, options, json, note }) {
    const format = str(options, 'format')
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(
        `--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${format ?? ''}")`,
      )
    const style = str(options, 'style') ?? 'plain'
    if (style !== 'plain' && style !== 'official')
      throw new UsageError(`--style must be plain or official (got "${style}")`)
    const citation = str(options, 'citation')
    if (citation !== undefined && citation !== 'inline' && citation !== 'endnotes')
      throw new UsageError(`--citation must be inline or endnotes (got "${citation}")`)
    const output = str(options, 'output')
    if (!output) throw new UsageError('name the file to write with -o FILE')
    const gathered = gatherSource(library.db, sourceOf(options), new Date().toISOString())
    const set = gathered.set
    const count = set.sections.reduce((n, s) => n + s.items.length, 0)
    if (count === 0) note('note: no highlights match; the export is empty')
    const bytes = await renderExport(
      format as ExportFormat,
      set,
      { citation: (citation as CitationStyle | undefined) ?? gathered.citation, style },
      format === 'pdf' ? chromiumPrinter() : undefined,
    )
    const path = resolve(output)
    writeExportFile(path, bytes, options['force'] === true)
    if (json) return JSON.stringify({ file: path, format, highlights: count, bytes: bytes.length })
    return `exported ${count} highlight${count === 1 ? '' : 's'} to ${path}`
  },
}
