/** Handlers for highlights, tags and text corrections. */
import type { highlightCalls } from '@shared/calls/highlights'
import { replaceText } from '../../corrections/replace-text'
import { getArticle } from '../../db/repos/articles'
import { listHighlights } from '../../db/repos/highlights'
import { ensureTag, listTags } from '../../db/repos/tags'
import { colorNames, renameColor } from '../../highlights/color-names'
import {
  createHighlight,
  deleteHighlight,
  restoreHighlight,
  updateHighlight,
} from '../../highlights/highlights'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function highlightHandlers(ctx: HandlerContext): HandlersFor<typeof highlightCalls> {
  const { db } = ctx.library
  return {
    'highlights.list': (input) => {
      getArticle(db, input.articleId)
      return listHighlights(db, input.articleId)
    },
    'highlights.create': (input) =>
      createHighlight(db, {
        articleId: input.articleId,
        start: input.start,
        end: input.end,
        ...(input.color ? { color: input.color } : {}),
        ...(input.note ? { noteJson: input.note.json, noteText: input.note.text } : {}),
        ...(input.tags ? { tags: input.tags } : {}),
      }),
    'highlights.update': ({ id, ...changes }) => updateHighlight(db, id, changes),
    'highlights.delete': (input) => deleteHighlight(db, input.id),
    'highlights.restore': (input) => restoreHighlight(db, input.highlight),
    'highlights.colorNames': () => colorNames(db),
    'highlights.renameColor': (input) => renameColor(db, input.color, input.name),
    'tags.list': () => listTags(db),
    'tags.create': (input) => {
      const id = db.transaction(() => ensureTag(db, input.name, new Date().toISOString()))()
      return listTags(db).find((t) => t.id === id)!
    },
    'articles.replaceText': ({ articleId, ...r }) => replaceText(db, [articleId], r),
  }
}
