/**
 * Files picked in Electron's native dialog, read in main for the renderer's
 * review (the renderer cannot read paths itself). Each file is checked
 * against its format's cap and the review's per-file cap (what one
 * `import.preview` call can carry) before it is read, and the pick as a
 * whole is capped so one answer stays bounded in memory. Nothing is written.
 */
import { basename } from 'node:path'
import { MAX_IMPORT_BASE64, MAX_PICK_BYTES, type PickedFiles } from '@shared/calls/import'
import { AppException } from '@shared/result'
import { importError } from './errors'
import { readImportFile } from './import-files'

const MB = 1024 * 1024
/** Largest file one `import.preview` call carries, in bytes (3 per 4 base64 characters). */
export const MAX_REVIEW_BYTES = Math.floor(MAX_IMPORT_BASE64 / 4) * 3

/**
 * Reads the picked paths in order. A file that is missing, unreadable or over
 * a cap is refused with a one-line message naming it; so are the files after
 * the pick's total reaches `maxTotal` bytes.
 */
export function readPickedFiles(paths: readonly string[], maxTotal = MAX_PICK_BYTES): PickedFiles {
  const out: PickedFiles = { files: [], refused: [] }
  let total = 0
  for (const path of paths) {
    const fileName = basename(path)
    try {
      const input = readImportFile(path)
      if (input.bytes.length > MAX_REVIEW_BYTES) {
        throw importError(
          path,
          `the file is too large to review (${(input.bytes.length / MB).toFixed(1)} MB; the limit is ${MAX_REVIEW_BYTES / MB} MB); import it with the pizhu command instead`,
          'tooLarge',
        )
      }
      if (total + input.bytes.length > maxTotal) {
        throw importError(
          path,
          `not read, the files picked together pass ${maxTotal / MB} MB; pick it again on its own`,
          'tooLarge',
        )
      }
      total += input.bytes.length
      out.files.push({ fileName, base64: Buffer.from(input.bytes).toString('base64') })
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!
      const reason = err instanceof AppException ? err.reason : undefined
      out.refused.push(reason === undefined ? { fileName, message } : { fileName, message, reason })
    }
  }
  return out
}
