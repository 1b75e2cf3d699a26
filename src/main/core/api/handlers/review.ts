/** Handlers for importing with review (preview, then commit the edited proposal). */
import type { reviewCalls } from '@shared/calls/review'
import { commitImport, previewImport } from '../../import/review'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function reviewHandlers(ctx: HandlerContext): HandlersFor<typeof reviewCalls> {
  const { db } = ctx.library
  const fileOf = (input: { fileName: string; base64: string }) => ({
    fileName: input.fileName,
    path: null,
    bytes: Buffer.from(input.base64, 'base64'),
  })
  return {
    'import.preview': (input) => previewImport(fileOf(input), input),
    'import.commit': (input) => commitImport(db, fileOf(input), input.drafts, input),
  }
}
