/** Handlers for importing files and pasted text. */
import type { importCalls } from '@shared/calls/import'
import { AppException } from '@shared/result'
import { pastedInput } from '../../import/pasted'
import type { ImportOutcome } from '@shared/domain'
import { importFiles } from '../../import/pipeline'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function importHandlers(ctx: HandlerContext): HandlersFor<typeof importCalls> {
  const { db } = ctx.library
  return {
    'import.file': async (input) => {
      const bytes = Buffer.from(input.base64, 'base64')
      const outcome = await importFiles(db, [{ fileName: input.fileName, path: null, bytes }], {
        force: input.force === true,
      })
      return failIfRefused(outcome)
    },
    'import.text': async (input) =>
      failIfRefused(
        await importFiles(db, [pastedInput(input.text, input.title)], {
          force: input.force === true,
        }),
      ),
    'import.openDialog': () => {
      throw new AppException('UNSUPPORTED', 'The file dialog is only available in the desktop app')
    },
  }
}

/** A one-file call answers with the file's error, as the UI reports errors per call. */
function failIfRefused(outcome: ImportOutcome): ImportOutcome {
  const failed = outcome.failed[0]
  if (failed) throw new AppException('IMPORT_FAILED', failed.message, failed.fileName)
  return outcome
}
