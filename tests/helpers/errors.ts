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

/** `appErrorOf` for calls that return a promise. */
export async function appErrorOfAsync(fn: () => Promise<unknown>): Promise<AppException> {
  try {
    await fn()
  } catch (e) {
    if (e instanceof AppException) return e
    throw e
  }
  throw new Error('expected an AppException')
}
