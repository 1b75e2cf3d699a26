/**
 * Calls for briefings (简报): a title, a summary, highlights arranged under
 * headings with commentary, a citation style — and for exporting a briefing
 * or a quick selection of highlights to a file.
 */
import { z } from 'zod'
import { HighlightColor } from '../highlight'
import { SearchRequest } from './search'

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const Title = z.string().trim().min(1).max(300)
/** Rich text as Lexical editor-state JSON plus its plain text (for search and exports). */
const RichText = z
  .object({ json: z.string().max(2_000_000).nullable(), text: z.string().max(200_000) })
  .strict()
const MAX_ITEMS = 5000

export const CitationStyle = z.enum(['inline', 'endnotes'])
export type CitationStyle = z.infer<typeof CitationStyle>

/** The highlight an item shows, with its source; null once the highlight was deleted. */
export const BriefingQuote = z.object({
  highlightId: z.number().int(),
  quote: z.string(),
  noteText: z.string(),
  color: HighlightColor,
  tags: z.array(z.string()),
  articleId: z.number().int(),
  articleTitle: z.string(),
  publication: z.string().nullable(),
  date: z.string().nullable(),
  page: z.string().nullable(),
})
export type BriefingQuote = z.infer<typeof BriefingQuote>

/** One row of a briefing: a heading, or a quote with the commentary written after it. */
export const BriefingItem = z.object({
  id: z.number().int(),
  kind: z.enum(['heading', 'quote']),
  /** The heading's text (heading items). */
  heading: z.string().nullable(),
  quote: BriefingQuote.nullable(),
  commentJson: z.string().nullable(),
  commentText: z.string(),
})
export type BriefingItem = z.infer<typeof BriefingItem>

export const Briefing = z.object({
  id: z.number().int(),
  title: z.string(),
  summaryJson: z.string().nullable(),
  summaryText: z.string(),
  citation: CitationStyle,
  items: z.array(BriefingItem),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Briefing = z.infer<typeof Briefing>

export const BriefingSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  quotes: z.number().int(),
  updatedAt: z.string(),
})
export type BriefingSummary = z.infer<typeof BriefingSummary>

export const ExportFormat = z.enum(['docx', 'md', 'html', 'pdf', 'csv', 'json'])
export type ExportFormat = z.infer<typeof ExportFormat>

/** What to export: a briefing, or every highlight of an article, a tag, a policy point or a search. */
export const ExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('briefing'), id: Id }).strict(),
  z.object({ kind: z.literal('article'), id: Id }).strict(),
  /** Every mention of the accepted policy point(s) with this label, with their issuing body and date. */
  z.object({ kind: z.literal('policy'), label: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('tag'), name: z.string().trim().min(1).max(200) }).strict(),
  z
    .object({
      kind: z.literal('query'),
      query: z.string().trim().min(1).max(2000),
      /** The search's filters (tag, colour, dates…), as on the search page. */
      filters: SearchRequest.omit({ query: true, limit: true }).optional(),
    })
    .strict(),
])
export type ExportSource = z.infer<typeof ExportSource>

export const ExportRequest = z
  .object({
    source: ExportSource,
    format: ExportFormat,
    style: z.enum(['plain', 'official']).optional(),
    /** Defaults to the briefing's own style, else inline source lines. */
    citation: CitationStyle.optional(),
  })
  .strict()
export type ExportRequest = z.infer<typeof ExportRequest>

/** An export ready to save: a suggested file name and the bytes. */
export const ExportFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  highlights: z.number().int(),
})
export type ExportFile = z.infer<typeof ExportFile>

export const briefingCalls = {
  'briefings.list': { input: z.object({}).strict(), output: z.array(BriefingSummary) },
  'briefings.create': {
    input: z.object({ title: Title, highlightIds: z.array(Id).max(MAX_ITEMS).optional() }).strict(),
    output: Briefing,
  },
  'briefings.get': { input: z.object({ id: Id }).strict(), output: Briefing },
  'briefings.update': {
    input: z
      .object({
        id: Id,
        title: Title.optional(),
        summary: RichText.optional(),
        citation: CitationStyle.optional(),
      })
      .strict(),
    output: Briefing,
  },
  'briefings.duplicate': { input: z.object({ id: Id }).strict(), output: Briefing },
  /** Moves the briefing out of the list; `briefings.restore` brings it back (undo). */
  'briefings.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: z.number() }),
  },
  'briefings.restore': { input: z.object({ id: Id }).strict(), output: Briefing },
  /** Appends highlights (those already in the briefing are skipped). */
  'briefings.addHighlights': {
    input: z.object({ id: Id, highlightIds: z.array(Id).min(1).max(MAX_ITEMS) }).strict(),
    output: Briefing,
  },
  /** Appends a heading naming the tag or search, then every highlight it finds (none: no heading). */
  'briefings.addFrom': {
    input: z
      .object({
        id: Id,
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('tag'), name: z.string().trim().min(1).max(200) }).strict(),
          z
            .object({ kind: z.literal('query'), query: z.string().trim().min(1).max(2000) })
            .strict(),
        ]),
      })
      .strict(),
    output: Briefing,
  },
  'briefings.addHeading': {
    input: z.object({ id: Id, text: Title }).strict(),
    output: Briefing,
  },
  'briefings.updateItem': {
    input: z
      .object({ id: Id, itemId: Id, heading: Title.optional(), comment: RichText.optional() })
      .strict(),
    output: Briefing,
  },
  'briefings.removeItem': { input: z.object({ id: Id, itemId: Id }).strict(), output: Briefing },
  /** Puts the items in the given order; `itemIds` must list every item once. */
  'briefings.reorder': {
    input: z.object({ id: Id, itemIds: z.array(Id).max(MAX_ITEMS) }).strict(),
    output: Briefing,
  },
  /** Renders an export; the renderer saves it (download, or the app's save dialog). */
  'export.render': { input: ExportRequest, output: ExportFile },
} as const
