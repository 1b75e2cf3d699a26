/**
 * Highlight domain types. Offsets (`start`, `end`) are UTF-16 code unit
 * offsets into the article's `text` (its blocks joined by "\n"); `exact`,
 * `prefix` and `suffix` form a W3C TextQuoteSelector with up to 32 units of
 * context either side.
 */
import { z } from 'zod'

/** The five highlight colours; researchers give them their own names. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export const HighlightColor = z.enum(HIGHLIGHT_COLORS)
export type HighlightColor = z.infer<typeof HighlightColor>

export const AnchorStatus = z.enum(['ok', 'moved', 'orphan'])
export type AnchorStatus = z.infer<typeof AnchorStatus>

/** A tag name: "a/b" nests b under a. No empty parts, no surrounding spaces. */
export const TagName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => s.split('/').every((p) => p.trim().length > 0), {
    message: 'a tag name has no empty part between slashes',
  })

export const Highlight = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  color: HighlightColor,
  /** The note as Lexical editor-state JSON, or null when there is no note. */
  noteJson: z.string().nullable(),
  /** The note as plain text, for search and lists. */
  noteText: z.string(),
  /** Full tag paths ("a/b"), sorted. */
  tags: z.array(z.string()),
  anchor: AnchorStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Highlight = z.infer<typeof Highlight>

export const Tag = z.object({
  id: z.number().int(),
  /** The full path, "a/b". */
  name: z.string(),
  parentId: z.number().int().nullable(),
})
export type Tag = z.infer<typeof Tag>

/** What a text correction did: how many places changed, and what became of the highlights. */
export const ReplaceOutcome = z.object({
  articles: z.number().int(),
  replacements: z.number().int(),
  highlights: z.object({
    ok: z.number().int(),
    moved: z.number().int(),
    orphan: z.number().int(),
  }),
})
export type ReplaceOutcome = z.infer<typeof ReplaceOutcome>
