/**
 * Files picked in Electron's native dialog: main reads them and hands back
 * names and bytes; here they become `File`s so they go through the same
 * review as files picked or dropped in the page. Nothing is saved here.
 */
import { ApiError, call } from '../../api/client'
import { base64ToBytes } from './base64'
import type { ImportProblem } from './import-report'

export interface DialogPick {
  files: File[]
  /** Files main refused (too large, unreadable), each message naming its file. */
  problems: ImportProblem[]
}

/** Opens the native dialog; an empty pick when the person cancels. */
export async function pickWithDialog(): Promise<DialogPick> {
  try {
    const picked = await call('import.openDialog', {})
    return {
      files: picked.files.map((f) => new File([base64ToBytes(f.base64)], f.fileName)),
      problems: picked.refused.map((r): ImportProblem => ({
        kind: 'api',
        message: r.message,
        file: r.fileName,
        reason: r.reason,
      })),
    }
  } catch (err) {
    const message = err instanceof ApiError || err instanceof Error ? err.message : String(err)
    return { files: [], problems: [{ kind: 'api', message }] }
  }
}
