/** Handlers for importing files. */
import type { importCalls } from '../../../../shared/calls/import'
import { AppException } from '../../../../shared/result'
import { importFiles } from '../../import/pipeline'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function importHandlers(ctx: HandlerContext): HandlersFor<typeof importCalls> {
  const { db } = ctx.library
  return {
    'import.file': (input) => {
      const bytes = Buffer.from(input.base64, 'base64')
      return importFiles(db, [{ fileName: input.fileName, path: null, bytes }])
    },
    'import.openDialog': () => {
      throw new AppException('UNSUPPORTED', 'The file dialog is only available in the desktop app')
    },
  }
}
