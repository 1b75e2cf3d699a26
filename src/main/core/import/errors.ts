/** Import failures: one line, naming the file, raised before anything is written. */
import type { ImportFailureReason } from '@shared/import-reasons'
import { AppException } from '@shared/result'

/** `reason` is the stable word the UI translates; `problem` the English line. */
export function importError(
  fileName: string,
  problem: string,
  reason: ImportFailureReason,
): AppException {
  return new AppException('IMPORT_FAILED', `${fileName}: ${problem}`, fileName, reason)
}
