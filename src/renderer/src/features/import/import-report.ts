/**
 * What one import action did, gathered over its files. Problems are kept
 * structured and translated when shown, so switching language re-renders
 * them; API messages are shown as they come because they already name the file.
 */
import type { ImportOutcome } from '@shared/domain'

/** One file that could not be imported. */
export type ImportProblem =
  | { kind: 'api'; message: string; file?: string; reason?: string }
  | { kind: 'tooLarge'; file: string }
  | { kind: 'unreadable'; file: string }

export interface ImportReport {
  imported: number
  duplicates: number
  problems: ImportProblem[]
}

export function emptyReport(): ImportReport {
  return { imported: 0, duplicates: 0, problems: [] }
}

/** Adds one call's outcome to the report. */
export function addOutcome(report: ImportReport, outcome: ImportOutcome): ImportReport {
  return {
    ...report,
    imported: report.imported + outcome.imported.length,
    duplicates: report.duplicates + outcome.duplicates.length,
    problems: [
      ...report.problems,
      ...outcome.failed.map((f): ImportProblem => ({ kind: 'api', message: f.message })),
    ],
  }
}

/** Adds a failed file to the report. */
export function addProblem(report: ImportReport, problem: ImportProblem): ImportReport {
  return { ...report, problems: [...report.problems, problem] }
}

/** The counts of the last import, for the toast; `seq` tells two identical summaries apart. */
export interface ImportSummary {
  seq: number
  imported: number
  duplicates: number
}
