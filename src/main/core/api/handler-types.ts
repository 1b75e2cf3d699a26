/** Types shared by the handler modules: one handler per contract call. */
import type { z } from 'zod'
import type { CallName, CallOutput, Contract } from '@shared/contract'
import type { Library } from '../db/open'
import type { PdfPrinter } from '../export/pdf'

export interface HandlerContext {
  library: Library
  shell: 'electron' | 'browser'
  version: string
  /** Prints PDF exports (Electron's printToPDF in the app); headless Chromium when absent. */
  pdfPrinter?: PdfPrinter
}

/** A handler receives its input as parsed by the call's schema (defaults applied). */
export type Handler<N extends CallName> = (
  input: z.output<Contract[N]['input']>,
) => CallOutput<N> | Promise<CallOutput<N>>
export type Handlers = { [N in CallName]: Handler<N> }

/** The handlers for one `calls/` file's entries. */
export type HandlersFor<T extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [N in keyof T]: (
    input: z.output<T[N]['input']>,
  ) => z.output<T[N]['output']> | Promise<z.output<T[N]['output']>>
}
