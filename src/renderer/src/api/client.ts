/**
 * The renderer's only door to the library. In Electron the preload exposes
 * `window.api`; in a plain browser (the browser host, e2e tests) the same
 * `Api` is built here as an HTTP client, one function per contract call,
 * generated from `callNames` so no call is written by hand.
 */
import {
  callNames,
  type Api,
  type CallInput,
  type CallName,
  type CallOutput,
} from '@shared/contract'
import type { AppError, ErrorCode, Result } from '@shared/result'
import { readAccessToken } from './token'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    api?: Api
  }
}

/** Thrown by `call` when a contract call fails; carries the AppError's code and file. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly file?: string
  /** For IMPORT_FAILED: why, as a word the UI translates. */
  readonly reason?: string
  constructor(error: AppError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    if (error.file !== undefined) this.file = error.file
    if (error.reason !== undefined) this.reason = error.reason
  }
}

const TOKEN_HEADER = 'X-Pizhu-Token'

async function postCall(name: CallName, input: unknown, token: string): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    })
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { ok: false, error: { code: 'INTERNAL', message: `${name}: ${reason}` } }
  }
  if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    return (await response.json()) as Result<unknown>
  }
  const text = (await response.text()).trim()
  const code: ErrorCode =
    response.status === 401 || response.status === 403 ? 'FORBIDDEN' : 'INTERNAL'
  return { ok: false, error: { code, message: `${name}: HTTP ${response.status} ${text}`.trim() } }
}

function createHttpApi(token: string): Api {
  return Object.fromEntries(
    callNames.map((name) => [name, (input: unknown) => postCall(name, input, token)]),
  ) as unknown as Api
}

/** The contract, over IPC in Electron or over loopback HTTP in a browser. */
export const api: Api = window.api ?? createHttpApi(readAccessToken())

/** Runs one call and returns its value; a failed Result is thrown as an `ApiError`. */
export async function call<N extends CallName>(
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const fn = api[name] as (input: CallInput<N>) => Promise<Result<CallOutput<N>>>
  const result = await fn(input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
