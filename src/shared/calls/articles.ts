/** Calls that read articles. */
import { z } from 'zod'
import { Article, ArticleSummary } from '../domain'

export const ArticleId = z.number().int().positive()

export const articleCalls = {
  'articles.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(10_000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    output: z.array(ArticleSummary),
  },
  'articles.get': {
    input: z.object({ id: ArticleId }).strict(),
    output: Article,
  },
} as const
