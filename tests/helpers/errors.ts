/** Catches the AppException a call must throw, failing the test when it throws nothing or something else. */
import { AppException } from '../../src/shared/result'

export function appErrorOf(fn: () => unknown): AppException {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppException) return e
    throw e
  }
  throw new Error('expected an AppException')
}
