/**
 * Runs one contract call: parse the input with its schema, run the handler,
 * and return a `Result`. Nothing a handler throws escapes; an unexpected
 * error is logged and reported as INTERNAL so the process never crashes on a
 * bad call.
 */
import { z } from 'zod'
import { contract, isCallName, type CallName } from '@shared/contract'
import { AppException, fail, ok, type Result } from '@shared/result'
import type { Handlers } from './handlers'

export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('NOT_FOUND', `Unknown call: ${name}`)
  const parsed = contract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return fail('INVALID_INPUT', `${name}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`)
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (err) {
    return errorResult(name, err)
  }
}

export function errorResult(name: CallName | string, err: unknown): Result<never> {
  if (err instanceof AppException) return { ok: false, error: err.toAppError() }
  console.error(`[pizhu] ${name} failed:`, err)
  const message = err instanceof Error ? err.message : String(err)
  return fail('INTERNAL', `${name} failed: ${message}`)
}
