/** Calls that search the library and keep saved searches. */
import { z } from 'zod'

export const SearchKind = z.enum(['highlight', 'note', 'article'])
export type SearchKind = z.infer<typeof SearchKind>

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2024-03-01')

/** A query and its filters; every filter narrows the results further. */
export const SearchRequest = z
  .object({
    query: z.string().max(2000),
    /** Tag name: results tagged with it or with any of its sub-tags. */
    tag: z.string().min(1).max(200).optional(),
    /** Highlight colour; article results never have one, so they drop out. */
    color: z.string().min(1).max(40).optional(),
    articleId: z.number().int().positive().optional(),
    publication: z.string().min(1).max(200).optional(),
    /** Inclusive range on the article's date (published, else imported). */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    hasNote: z.boolean().optional(),
    kind: SearchKind.optional(),
    /** Most results returned per group (annotations, articles). */
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
export type SearchRequest = z.infer<typeof SearchRequest>

/** A piece of text around a match; `matches` are [start, end) offsets into `text`. */
export const Snippet = z.object({
  text: z.string(),
  matches: z.array(z.tuple([z.number().int(), z.number().int()])),
})
export type Snippet = z.infer<typeof Snippet>

export const SearchHit = z.object({
  kind: SearchKind,
  /** The highlight's id for highlight and note hits, the article's for article hits. */
  id: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string(),
  publication: z.string().nullable(),
  date: z.string().nullable(),
  color: z.string().nullable(),
  tags: z.array(z.string()),
  /** The highlighted text, for highlight and note hits (shown under a note); null for articles. */
  quote: z.string().nullable(),
  /** Where the snippet comes from. */
  field: z.enum(['quote', 'note', 'tags', 'title', 'text']),
  snippet: Snippet,
  /** UTF-16 offsets into the article's text to open the reader at, if any. */
  at: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchResults = z.object({
  /** Highlights and notes first, then articles; each group by relevance, then recency. */
  hits: z.array(SearchHit),
  /** How many highlights/notes and articles match in all (hits may hold fewer). */
  annotationTotal: z.number().int(),
  articleTotal: z.number().int(),
  /**
   * False when the search stopped counting at its cap: the total is then a
   * lower bound ("1,000+"). Searches for one index token (a 1- or 2-character
   * term) without filters always count exactly.
   */
  annotationTotalExact: z.boolean(),
  articleTotalExact: z.boolean(),
})
export type SearchResults = z.infer<typeof SearchResults>

export const SavedSearch = z.object({
  id: z.number().int(),
  name: z.string(),
  request: SearchRequest,
  createdAt: z.string(),
})
export type SavedSearch = z.infer<typeof SavedSearch>

export const searchCalls = {
  'search.query': { input: SearchRequest, output: SearchResults },
  'search.saved.list': { input: z.object({}).strict(), output: z.array(SavedSearch) },
  'search.saved.create': {
    input: z.object({ name: z.string().trim().min(1).max(200), request: SearchRequest }).strict(),
    output: SavedSearch,
  },
  'search.saved.delete': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
} as const
