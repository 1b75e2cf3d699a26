/**
 * The error shape every contract call returns instead of throwing. Errors
 * thrown across Electron IPC lose everything but their message, so handlers
 * return `Result` values and the transports pass them through unchanged.
 */

/** Stable machine-readable error codes; the UI translates them. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'IMPORT_FAILED'
  | 'DUPLICATE'
  | 'UNSUPPORTED'
  | 'FORBIDDEN'
  | 'LIBRARY_TOO_NEW'
  | 'LIBRARY_UNREADABLE'
  | 'INTERNAL'

/** A failure a person can read: `message` is one line and names the file when there is one. */
export interface AppError {
  code: ErrorCode
  message: string
  file?: string
  /** For IMPORT_FAILED: why, as a word the UI translates (see import-reasons.ts). */
  reason?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string, file?: string): Result<T> {
  return { ok: false, error: file === undefined ? { code, message } : { code, message, file } }
}

/**
 * Thrown inside handlers and the core library; the dispatcher turns it into a
 * failed `Result`. Anything else thrown becomes an INTERNAL error.
 */
export class AppException extends Error {
  readonly code: ErrorCode
  readonly file?: string
  readonly reason?: string
  constructor(code: ErrorCode, message: string, file?: string, reason?: string) {
    super(message)
    this.name = 'AppException'
    this.code = code
    if (file !== undefined) this.file = file
    if (reason !== undefined) this.reason = reason
  }

  toAppError(): AppError {
    const error: AppError = { code: this.code, message: this.message }
    if (this.file !== undefined) error.file = this.file
    if (this.reason !== undefined) error.reason = this.reason
    return error
  }
}
