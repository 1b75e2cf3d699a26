/**
 * The policy registry as a table a researcher can send: the policies the
 * registry lists for its filters, in its order, as CSV for Excel (the same
 * BOM, quoting and formula guard as the highlight CSV), under a file name
 * that says what it holds (政策要点登记表-达州-2026-11-26.csv).
 */
import type { Database } from 'better-sqlite3'
import type { PolicySummary } from '@shared/calls/policy'
import { POLICY_KIND_NAMES_ZH } from '@shared/policy-kind-names'
import { listPolicies, type PolicyFilter } from '../db/repos/policies'
import { csvBytes } from './csv'
import { exportFileName } from './export-request'

export const REGISTRY_CSV_HEADER = [
  '政策',
  '类型',
  '地区',
  '发文机关',
  '发文日期',
  '提及次数',
  '文章数',
  '首次提及',
  '最近提及',
] as const

/** What the file name starts with. */
const TITLE = '政策要点登记表'

/** The policies as CSV bytes, one row each in the order given; unknowns are empty cells. */
export function registryCsv(policies: readonly PolicySummary[]): Uint8Array {
  const rows = policies.map((p) => [
    p.label,
    POLICY_KIND_NAMES_ZH[p.kind],
    p.place,
    p.issuer,
    p.issued ?? '',
    String(p.mentions),
    String(p.articles),
    p.firstDate ?? '',
    p.lastDate ?? '',
  ])
  return csvBytes([[...REGISTRY_CSV_HEADER], ...rows])
}

/** `a至b`, `a起`, `至b` or '' for a date range. */
function range(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from}至${to}`
  if (from) return `${from}起`
  if (to) return `至${to}`
  return ''
}

/**
 * 政策要点登记表-<each filter set>-<today>.csv: kind, place (未注明地区 for
 * ''), tag, mention dates (提及…), issuing dates (发文…), sanitised as every
 * export's name is.
 */
export function registryFileName(filter: PolicyFilter, today: string): string {
  const mentioned = range(filter.from, filter.to)
  const issued = range(filter.issuedFrom, filter.issuedTo)
  const parts = [
    TITLE,
    filter.kind && POLICY_KIND_NAMES_ZH[filter.kind],
    filter.place === undefined ? '' : filter.place || '未注明地区',
    filter.tag ?? '',
    mentioned && `提及${mentioned}`,
    issued && `发文${issued}`,
    today,
  ]
  return exportFileName(parts.filter(Boolean).join('-'), 'csv')
}

export interface RegistryExport {
  fileName: string
  bytes: Uint8Array
  /** How many policies (rows below the header). */
  policies: number
}

/** The registry for `filter` as a CSV file; `today` (YYYY-MM-DD) goes into its name. */
export function exportRegistry(db: Database, filter: PolicyFilter, today: string): RegistryExport {
  const policies = listPolicies(db, filter)
  return {
    fileName: registryFileName(filter, today),
    bytes: registryCsv(policies),
    policies: policies.length,
  }
}

/** The local calendar date of `when` as YYYY-MM-DD. */
export function localDate(when: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`
}
