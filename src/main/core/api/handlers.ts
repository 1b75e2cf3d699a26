/**
 * The implementation of every contract call on top of the core library.
 * Both transports (Electron IPC and the browser host) use this table; the
 * Electron glue only replaces the calls that need a native dialog.
 */
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import { AppException } from '../../../shared/result'
import { countArticles, getArticle, listArticles } from '../db/repos/articles'
import type { Library } from '../db/open'
import { importFiles } from '../import/pipeline'

export type Handler<N extends CallName> = (
  input: CallInput<N>,
) => CallOutput<N> | Promise<CallOutput<N>>
export type Handlers = { [N in CallName]: Handler<N> }

export interface HandlerContext {
  library: Library
  shell: 'electron' | 'browser'
  version: string
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { db } = ctx.library
  return {
    'library.info': () => ({
      path: ctx.library.path,
      schemaVersion: ctx.library.schemaVersion,
      articleCount: countArticles(db),
      shell: ctx.shell,
      version: ctx.version,
    }),
    'articles.list': (input) => listArticles(db, input.limit ?? 1000, input.offset ?? 0),
    'articles.get': (input) => getArticle(db, input.id),
    'import.file': (input) => {
      const bytes = Buffer.from(input.base64, 'base64')
      return importFiles(db, [{ fileName: input.fileName, path: null, bytes }])
    },
    'import.openDialog': () => {
      throw new AppException('UNSUPPORTED', 'The file dialog is only available in the desktop app')
    },
  }
}
