/**
 * The API contract: every call between the renderer and the main process.
 * Each entry names a call (`domain.verb`), the zod schema its input must pass
 * and the zod schema of its result. The Electron IPC registration, the
 * preload bridge, the browser host and its HTTP client are all loops over
 * this table; adding a call is one entry here plus one handler.
 */
import { z } from 'zod'
import { Article, ArticleSummary, ImportOutcome, LibraryInfo } from './domain'
import type { Result } from './result'

/** Largest file the renderer may send in one import call (base64 of 64 MiB). */
export const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024) / 3) * 4

const ArticleId = z.number().int().positive()

export const contract = {
  'library.info': {
    input: z.object({}).strict(),
    output: LibraryInfo,
  },
  'articles.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(10_000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    output: z.array(ArticleSummary),
  },
  'articles.get': {
    input: z.object({ id: ArticleId }).strict(),
    output: Article,
  },
  /** Import one file whose bytes the renderer read (file picker, drag and drop). */
  'import.file': {
    input: z
      .object({
        fileName: z.string().min(1).max(1024),
        base64: z.string().max(MAX_IMPORT_BASE64),
      })
      .strict(),
    output: ImportOutcome,
  },
  /** Open the native file dialog and import what the person picks (Electron only). */
  'import.openDialog': {
    input: z.object({}).strict(),
    output: ImportOutcome,
  },
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
