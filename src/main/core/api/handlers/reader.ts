/** Handlers for the reader's per-article state (article note, reading position). */
import type { readerCalls } from '@shared/calls/reader'
import {
  getArticleNote,
  getReadingPosition,
  saveArticleNote,
  saveReadingPosition,
} from '../../db/repos/reader-state'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function readerHandlers(ctx: HandlerContext): HandlersFor<typeof readerCalls> {
  const { db } = ctx.library
  return {
    'reader.state': ({ articleId }) => ({
      note: getArticleNote(db, articleId),
      position: getReadingPosition(db, articleId),
    }),
    'reader.saveNote': ({ articleId, note }) => saveArticleNote(db, articleId, note),
    'reader.savePosition': ({ articleId, offset }) => ({
      offset: saveReadingPosition(db, articleId, offset),
    }),
  }
}
