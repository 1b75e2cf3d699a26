/**
 * CSV of highlights for Excel: UTF-8 with a byte-order mark (so Excel reads
 * Chinese correctly), CRLF line ends, RFC 4180 quoting, one row per
 * highlight. Cells that Excel would run as a formula (=, +, -, @ first) get a
 * leading apostrophe, so a shared file cannot carry a formula. A policy
 * export (a set with `policies`) adds each mention's policy: its label,
 * place, issuing body and issuing date.
 */
import { allItems, type ExportPolicy, type ExportSet } from './export-set'

export const CSV_HEADER = ['引文', '批注', '颜色', '标签', '文章', '报刊', '日期', '版面'] as const

/** The columns a policy export adds after CSV_HEADER. */
export const POLICY_CSV_HEADER = ['政策', '地区', '发文机关', '发文日期'] as const

const FORMULA = /^[=+\-@\t\r]/

/** One cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const v = FORMULA.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** Rows (the header first) as CSV bytes: BOM, guarded and quoted cells, CRLF after every row. */
export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
}

/** highlight id → the policy it mentions, for a policy export. */
function policyByHighlight(policies: readonly ExportPolicy[]): Map<number, ExportPolicy> {
  const map = new Map<number, ExportPolicy>()
  for (const p of policies) for (const id of p.highlightIds) map.set(id, p)
  return map
}

/** The set's highlights as CSV bytes, BOM first. */
export function toCsv(set: ExportSet): Uint8Array {
  const policyOf = set.policies ? policyByHighlight(set.policies) : null
  const rows: string[][] = [policyOf ? [...CSV_HEADER, ...POLICY_CSV_HEADER] : [...CSV_HEADER]]
  for (const i of allItems(set)) {
    const row = [
      i.quote,
      i.noteText,
      i.color,
      i.tags.join('; '),
      i.source.title,
      i.source.publication ?? '',
      i.source.date ?? '',
      i.source.page ?? '',
    ]
    if (policyOf) {
      const p = policyOf.get(i.highlightId)
      row.push(p?.label ?? '', p?.place ?? '', p?.issuer ?? '', p?.issued ?? '')
    }
    rows.push(row)
  }
  return csvBytes(rows)
}
