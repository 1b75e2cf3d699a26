/**
 * The API contract: every call between the renderer and the main process.
 * Each entry names a call (`domain.verb`), the zod schema its input must pass
 * and the zod schema of its result. The Electron IPC registration, the
 * preload bridge, the browser host and its HTTP client are all loops over
 * this table. Each domain keeps its calls in its own file under `calls/`;
 * adding a call is one entry there plus one handler.
 */
import type { z } from 'zod'
import { articleCalls } from './calls/articles'
import { highlightCalls } from './calls/highlights'
import { backupCalls } from './calls/backups'
import { importCalls } from './calls/import'
import { libraryCalls } from './calls/library'
import { policyCalls } from './calls/policy'
import { policyExportCalls } from './calls/policy-export'
import { reviewCalls } from './calls/review'
import { searchCalls } from './calls/search'
import { readerCalls } from './calls/reader'
import { briefingCalls } from './calls/briefings'
import { sharingCalls } from './calls/sharing'
import { structureCalls } from './calls/structure'
import { tagCalls } from './calls/tags'
import type { Result } from './result'

export { MAX_IMPORT_BASE64 } from './calls/import'

export const contract = {
  ...libraryCalls,
  ...articleCalls,
  ...importCalls,
  ...highlightCalls,
  ...backupCalls,
  ...reviewCalls,
  ...searchCalls,
  ...policyCalls,
  ...readerCalls,
  ...briefingCalls,
  ...sharingCalls,
  ...structureCalls,
  ...tagCalls,
  ...policyExportCalls,
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>

/** Every call name, in contract order; transports loop over this. */
export const callNames = Object.keys(contract) as CallName[]

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** What `window.api` looks like, and what the HTTP client implements. */
export type Api = {
  [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>>
}

/** The IPC channel a call travels on in Electron. */
export function ipcChannel(name: CallName): string {
  return `pizhu:${name}`
}
