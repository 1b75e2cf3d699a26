/**
 * CSV of highlights for Excel: UTF-8 with a byte-order mark (so Excel reads
 * Chinese correctly), CRLF line ends, RFC 4180 quoting, one row per
 * highlight. Cells that Excel would run as a formula (=, +, -, @ first) get a
 * leading apostrophe, so a shared file cannot carry a formula.
 */
import { allItems, type ExportSet } from './export-set'

export const CSV_HEADER = ['引文', '批注', '颜色', '标签', '文章', '报刊', '日期', '版面'] as const

const FORMULA = /^[=+\-@\t\r]/

/** One cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const v = FORMULA.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** The set's highlights as CSV bytes, BOM first. */
export function toCsv(set: ExportSet): Uint8Array {
  const rows: string[][] = [[...CSV_HEADER]]
  for (const i of allItems(set)) {
    rows.push([
      i.quote,
      i.noteText,
      i.color,
      i.tags.join('; '),
      i.source.title,
      i.source.publication ?? '',
      i.source.date ?? '',
      i.source.page ?? '',
    ])
  }
  const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
}
