/** Handlers for reading articles. */
import type { articleCalls } from '@shared/calls/articles'
import { getArticle, listArticles } from '../../db/repos/articles'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function articleHandlers(ctx: HandlerContext): HandlersFor<typeof articleCalls> {
  const { db } = ctx.library
  return {
    'articles.list': (input) => listArticles(db, input.limit ?? 1000, input.offset ?? 0),
    'articles.get': (input) => getArticle(db, input.id),
  }
}
