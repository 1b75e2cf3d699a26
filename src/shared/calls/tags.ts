/**
 * Calls that manage the tag tree — the browser with counts, colours,
 * rename, move, merge and delete — and the tags of an article. Tags are
 * paths ("产业政策/制造业"); a tag's highlights and articles are counted
 * with and without its sub-tags. Each call that writes is one transaction.
 */
import { z } from 'zod'
import { TagName } from '../highlight'

const Id = z
  .number()
  .int()
  .positive()
  .max(2 ** 40)

/** A tag colour: one of the palette names the UI offers, or null for none. */
export const TagColor = z.enum([
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'gray',
])
export type TagColor = z.infer<typeof TagColor>

/** One tag as the tag browser shows it. */
export const TagSummary = z.object({
  id: z.number().int(),
  /** The full path, "a/b". */
  path: z.string(),
  /** The last part of the path. */
  name: z.string(),
  parentId: z.number().int().nullable(),
  color: TagColor.nullable(),
  /** Highlights carrying this very tag. */
  highlights: z.number().int(),
  /** Articles carrying this very tag. */
  articles: z.number().int(),
  /** Highlights carrying this tag or any tag below it (each counted once). */
  highlightsWithin: z.number().int(),
  /** Articles carrying this tag or any tag below it (each counted once). */
  articlesWithin: z.number().int(),
  /** Number of tags below this one, at any depth. */
  descendants: z.number().int(),
})
export type TagSummary = z.infer<typeof TagSummary>

/** What deleting a tag would remove: shown to the person before they confirm. */
export const TagDeleteImpact = z.object({
  id: z.number().int(),
  path: z.string(),
  /** The tag and its sub-tags, which go with it. */
  tags: z.number().int(),
  /** Highlights that lose at least one tag (they themselves are kept). */
  highlights: z.number().int(),
  /** Articles that lose at least one tag (they themselves are kept). */
  articles: z.number().int(),
})
export type TagDeleteImpact = z.infer<typeof TagDeleteImpact>

export const tagCalls = {
  /** Every tag with its counts, sorted by path. */
  'tags.browse': {
    input: z.object({}).strict(),
    output: z.array(TagSummary),
  },
  /** Renames the last part of a tag's path; refused when a sibling already has the name. */
  'tags.rename': {
    input: z
      .object({
        id: Id,
        name: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .refine((s) => !s.includes('/'), { message: 'a tag name cannot contain "/"' }),
      })
      .strict(),
    output: TagSummary,
  },
  /** Moves a tag (with its sub-tags) under another tag, or to the top when parentId is null. */
  'tags.move': {
    input: z.object({ id: Id, parentId: Id.nullable() }).strict(),
    output: TagSummary,
  },
  /** Moves every use of `from` (and its sub-tags, merged by name) into `into`, then removes `from`. */
  'tags.merge': {
    input: z.object({ from: Id, into: Id }).strict(),
    output: TagSummary,
  },
  'tags.setColor': {
    input: z.object({ id: Id, color: TagColor.nullable() }).strict(),
    output: TagSummary,
  },
  'tags.deleteImpact': {
    input: z.object({ id: Id }).strict(),
    output: TagDeleteImpact,
  },
  /** Deletes a tag and its sub-tags; highlights and articles stay, untagged. */
  'tags.delete': {
    input: z.object({ id: Id }).strict(),
    output: TagDeleteImpact,
  },
  /** An article's own tags (full paths, sorted). */
  'articles.tags': {
    input: z.object({ articleId: Id }).strict(),
    output: z.array(z.string()),
  },
  /** Replaces an article's tags by these paths, creating missing tags. */
  'articles.setTags': {
    input: z.object({ articleId: Id, tags: z.array(TagName).max(100) }).strict(),
    output: z.array(z.string()),
  },
} as const
