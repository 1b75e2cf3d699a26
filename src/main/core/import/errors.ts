/** Import failures: one line, naming the file, raised before anything is written. */
import { AppException } from '../../../shared/result'

export function importError(fileName: string, problem: string): AppException {
  return new AppException('IMPORT_FAILED', `${fileName}: ${problem}`, fileName)
}
