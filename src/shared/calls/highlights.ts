/** Calls for highlights, tags and text corrections in the reader. */
import { z } from 'zod'
import { Highlight, HighlightColor, ReplaceOutcome, Tag, TagName } from '../highlight'
import { ArticleId } from './articles'

const HighlightId = z.number().int().positive()
const Offset = z.number().int().min(0)
const Note = z.object({ json: z.string().nullable(), text: z.string() }).strict()

export const highlightCalls = {
  'highlights.list': {
    input: z.object({ articleId: ArticleId }).strict(),
    output: z.array(Highlight),
  },
  'highlights.create': {
    input: z
      .object({
        articleId: ArticleId,
        start: Offset,
        end: Offset,
        color: HighlightColor.optional(),
        note: Note.optional(),
        tags: z.array(TagName).optional(),
      })
      .strict(),
    output: Highlight,
  },
  'highlights.update': {
    input: z
      .object({
        id: HighlightId,
        color: HighlightColor.optional(),
        note: Note.optional(),
        tags: z.array(TagName).optional(),
        range: z.object({ start: Offset, end: Offset }).strict().optional(),
      })
      .strict(),
    output: Highlight,
  },
  'highlights.delete': {
    input: z.object({ id: HighlightId }).strict(),
    /** The deleted highlight, to hand back to `highlights.restore` for undo. */
    output: Highlight,
  },
  'highlights.restore': {
    input: z.object({ highlight: Highlight }).strict(),
    output: Highlight,
  },
  /** The names a researcher gave the colours; a colour without one uses the UI's default name. */
  'highlights.colorNames': {
    input: z.object({}).strict(),
    output: z.partialRecord(HighlightColor, z.string()),
  },
  'highlights.renameColor': {
    input: z.object({ color: HighlightColor, name: z.string().trim().min(1).max(40) }).strict(),
    output: z.partialRecord(HighlightColor, z.string()),
  },
  'tags.list': {
    input: z.object({}).strict(),
    output: z.array(Tag),
  },
  'tags.create': {
    input: z.object({ name: TagName }).strict(),
    output: Tag,
  },
  'articles.replaceText': {
    input: z
      .object({
        articleId: ArticleId,
        find: z.string().min(1),
        replace: z.string(),
        /** Only the occurrence starting at this offset (the selection being corrected). */
        at: Offset.optional(),
        /** Only the n-th occurrence (1-based); every occurrence when neither is given. */
        occurrence: z.number().int().positive().optional(),
        dryRun: z.boolean().optional(),
      })
      .strict(),
    output: ReplaceOutcome,
  },
} as const
