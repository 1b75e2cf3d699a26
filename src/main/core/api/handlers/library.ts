/** Handlers for the library-wide calls. */
import { countArticles } from '../../db/repos/articles'
import type { HandlerContext, HandlersFor } from '../handler-types'
import type { libraryCalls } from '@shared/calls/library'

export function libraryHandlers(ctx: HandlerContext): HandlersFor<typeof libraryCalls> {
  return {
    'library.info': () => ({
      path: ctx.library.path,
      schemaVersion: ctx.library.schemaVersion,
      articleCount: countArticles(ctx.library.db),
      shell: ctx.shell,
      version: ctx.version,
    }),
  }
}
