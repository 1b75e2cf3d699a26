/** Handlers for sharing annotations between colleagues. */
import type { sharingCalls } from '@shared/calls/sharing'
import { importAnnotations } from '../../sharing'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function sharingHandlers(ctx: HandlerContext): HandlersFor<typeof sharingCalls> {
  const { db } = ctx.library
  return {
    'sharing.importAnnotations': (input) => importAnnotations(db, input.fileName, input.text),
  }
}
