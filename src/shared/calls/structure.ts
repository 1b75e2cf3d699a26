/** Calls that split an article at a paragraph, merge it with the next, and undo either. */
import { z } from 'zod'

const Id = z
  .number()
  .int()
  .positive()
  .max(2 ** 40)

export const StructureOutcome = z.object({
  changeId: z.number().int(),
  kind: z.enum(['split', 'merge']),
  articleId: z.number().int(),
  otherId: z.number().int(),
  highlightsMoved: z.number().int(),
  highlightsClipped: z.number().int(),
})

export const structureCalls = {
  'articles.split': {
    input: z
      .object({
        id: Id,
        at: z.number().int().min(1).max(1_000_000),
        title: z.string().max(500).optional(),
      })
      .strict(),
    output: StructureOutcome,
  },
  'articles.mergeNext': {
    input: z.object({ id: Id }).strict(),
    output: StructureOutcome,
  },
  'articles.undoStructure': {
    input: z.object({ id: Id }).strict(),
    output: z.object({
      kind: z.enum(['split', 'merge']),
      articleId: z.number().int(),
      otherId: z.number().int(),
    }),
  },
} as const
