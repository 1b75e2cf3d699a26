/**
 * Imports files the person picked or dropped: each is read in the renderer,
 * base64-encoded and sent in its own `import.file` call, so one bad file
 * does not stop the others.
 */
import { MAX_IMPORT_BASE64 } from '@shared/contract'
import { ApiError, call } from '../../api/client'
import { bytesToBase64 } from './base64'
import { addOutcome, addProblem, emptyReport, type ImportReport } from './import-report'

const MAX_FILE_BYTES = (MAX_IMPORT_BASE64 / 4) * 3

/** Imports the files one after another and reports what happened to each. */
export async function importFileList(files: readonly File[]): Promise<ImportReport> {
  let report = emptyReport()
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      report = addProblem(report, { kind: 'tooLarge', file: file.name })
      continue
    }
    let base64: string
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    } catch {
      report = addProblem(report, { kind: 'unreadable', file: file.name })
      continue
    }
    try {
      report = addOutcome(report, await call('import.file', { fileName: file.name, base64 }))
    } catch (err) {
      report = addProblem(report, { kind: 'api', message: messageNaming(err, file.name) })
    }
  }
  return report
}

/** Imports through the native file dialog (Electron only). */
export async function importWithDialog(): Promise<ImportReport> {
  try {
    return addOutcome(emptyReport(), await call('import.openDialog', {}))
  } catch (err) {
    return addProblem(emptyReport(), { kind: 'api', message: messageNaming(err) })
  }
}

/** The error's message, prefixed with the file name when the message does not already name it. */
function messageNaming(err: unknown, fileName?: string): string {
  const message = err instanceof Error ? err.message : String(err)
  const named = err instanceof ApiError && err.file !== undefined
  if (fileName === undefined || named || message.includes(fileName)) return message
  return `${fileName}: ${message}`
}
