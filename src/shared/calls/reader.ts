/** Calls for the reader's per-article state: the article's own note and the reading position. */
import { z } from 'zod'
import { ArticleId } from './articles'

/** Notes are Lexical JSON plus their plain text; both bounded so a call stays small. */
const NoteInput = z
  .object({ json: z.string().max(2_000_000).nullable(), text: z.string().max(500_000) })
  .strict()

export const ArticleNote = z.object({
  json: z.string().nullable(),
  text: z.string(),
  /** When it was last written; null for an article without a note. */
  updatedAt: z.string().nullable(),
})
export type ArticleNote = z.infer<typeof ArticleNote>

/** A UTF-16 offset into the article's text (blocks joined by "\n"). */
const Offset = z.number().int().min(0).max(100_000_000)

export const readerCalls = {
  /** The article's note and where the person stopped reading it (null: start at the top). */
  'reader.state': {
    input: z.object({ articleId: ArticleId }).strict(),
    output: z.object({ note: ArticleNote, position: z.number().int().min(0).nullable() }),
  },
  'reader.saveNote': {
    input: z.object({ articleId: ArticleId, note: NoteInput }).strict(),
    output: ArticleNote,
  },
  /** Returns the stored offset (clamped to the text's length). */
  'reader.savePosition': {
    input: z.object({ articleId: ArticleId, offset: Offset }).strict(),
    output: z.object({ offset: z.number().int().min(0) }),
  },
} as const
