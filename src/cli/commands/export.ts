/**
 * `pizhu export --format F (--article ID | --tag T | --query Q) -o FILE`:
 * quick exports of highlights. Never replaces an existing file without --force.
 */
import { resolve } from 'node:path'
import {
  EXPORT_FORMATS,
  gatherArticle,
  gatherQuery,
  gatherTag,
  renderExport,
  type CitationStyle,
  type ExportFormat,
  type ExportSet,
} from '../../main/core/export'
import { chromiumPrinter } from '../../main/core/export/chromium-printer'
import { writeExportFile } from '../../main/core/export/write-export-file'
import type { Library } from '../../main/core/db/open'
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

/** The export set the one source flag names. */
function gather(library: Library, options: OptionValues, now: string): ExportSet {
  const given = ['article', 'tag', 'query'].filter((f) => str(options, f) !== undefined)
  if (given.length !== 1)
    throw new UsageError('name exactly one of --article ID, --tag T or --query Q')
  const article = str(options, 'article')
  if (article !== undefined) return gatherArticle(library.db, positiveId(article, 'article'), now)
  const tag = str(options, 'tag')
  if (tag !== undefined) return gatherTag(library.db, tag, now)
  return gatherQuery(library.db, str(options, 'query')!, now)
}

export const exportCommand: Command = {
  name: 'export',
  synopsis:
    '--format docx|md|html|pdf|csv|json (--article ID | --tag T | --query Q) [--style official] [--citation inline|endnotes] -o FILE [--force]',
  summary: 'export highlights to Word, Markdown, HTML, PDF, CSV or Web Annotation JSON',
  options: {
    format: { type: 'string' },
    article: { type: 'string' },
    tag: { type: 'string' },
    query: { type: 'string' },
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
    const citation = str(options, 'citation') ?? 'inline'
    if (citation !== 'inline' && citation !== 'endnotes')
      throw new UsageError(`--citation must be inline or endnotes (got "${citation}")`)
    const output = str(options, 'output')
    if (!output) throw new UsageError('name the file to write with -o FILE')
    const set = gather(library, options, new Date().toISOString())
    const count = set.sections.reduce((n, s) => n + s.items.length, 0)
    if (count === 0) note('note: no highlights match; the export is empty')
    const bytes = await renderExport(
      format as ExportFormat,
      set,
      { citation: citation as CitationStyle, style },
      format === 'pdf' ? chromiumPrinter() : undefined,
    )
    const path = resolve(output)
    writeExportFile(path, bytes, options['force'] === true)
    if (json) return JSON.stringify({ file: path, format, highlights: count, bytes: bytes.length })
    return `exported ${count} highlight${count === 1 ? '' : 's'} to ${path}`
  },
}
