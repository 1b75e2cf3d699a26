/**
 * `pizhu policy list … --csv [--out FILE] [--force]`: the registry for the
 * filters as the CSV the app's 导出表格 saves. Without --out the CSV (BOM
 * included, so `> 表.csv` opens in Excel) goes to stdout; with --out it is
 * written whole or not at all, never over an existing file without --force,
 * and one line names the file.
 */
import { resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { PolicyFilter } from '../../main/core/db/repos/policies'
import { exportRegistry, localDate } from '../../main/core/export/registry-csv'
import { writeExportFile } from '../../main/core/export/write-export-file'
import { UsageError } from '../args'
import type { OptionValues } from '../command'

/** Refuses --out / --force without --csv, and --csv with --json. */
export function checkCsvFlags(options: OptionValues, json: boolean): boolean {
  const csv = options['csv'] === true
  if (csv && json) throw new UsageError('--csv and --json cannot be used together')
  if (!csv && options['out'] !== undefined) throw new UsageError('--out needs --csv')
  if (!csv && options['force'] === true) throw new UsageError('--force needs --csv --out FILE')
  return csv
}

/** The CSV for stdout, or the confirmation after writing it to --out. */
export function registryCsvOutput(
  db: Database,
  filter: PolicyFilter,
  options: OptionValues,
): string {
  const file = exportRegistry(db, filter, localDate(new Date()))
  const out = options['out']
  // The CLI adds the last '\n' itself, so stdout carries the file's exact bytes.
  if (typeof out !== 'string') return Buffer.from(file.bytes).toString('utf8').replace(/\n$/, '')
  if (out.trim() === '') throw new UsageError('--out needs a file name')
  const path = resolve(out)
  writeExportFile(path, file.bytes, options['force'] === true)
  return `exported ${file.policies} polic${file.policies === 1 ? 'y' : 'ies'} to ${path}`
}
