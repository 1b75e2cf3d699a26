/** Handlers for splitting, merging and un-splitting articles. */
import type { structureCalls } from '@shared/calls/structure'
import { mergeWithNext, splitArticle } from '../../corrections/split-merge'
import { undoStructure } from '../../corrections/undo-structure'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function structureHandlers(ctx: HandlerContext): HandlersFor<typeof structureCalls> {
  const { db } = ctx.library
  return {
    'articles.split': (input) => splitArticle(db, input.id, input.at, input.title),
    'articles.mergeNext': (input) => mergeWithNext(db, input.id),
    'articles.undoStructure': (input) => undoStructure(db, input.id),
  }
}
