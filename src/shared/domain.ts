/**
 * Domain types shared by every process. Each is a zod schema so the same
 * definition documents the contract, types both sides and can be checked in
 * tests.
 */
import { z } from 'zod'

export const BlockKind = z.enum(['paragraph', 'heading', 'caption'])
export type BlockKind = z.infer<typeof BlockKind>

/** One block of an article's body. The article's `text` is the blocks' texts joined by "\n". */
export const Block = z.object({ kind: BlockKind, text: z.string() })
export type Block = z.infer<typeof Block>

/**
 * An article as an import proposes it, before it is saved: what the person
 * reviews (rename, merge, split, drop) and what the pipeline writes.
 */
export const ArticleDraft = z.object({
  title: z.string().min(1),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  publication: z.string().nullable(),
  publishedOn: z.string().nullable(),
  page: z.string().nullable(),
  blocks: z.array(Block),
})
export type ArticleDraft = z.infer<typeof ArticleDraft>

export const ArticleSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  publication: z.string().nullable(),
  publishedOn: z.string().nullable(),
  page: z.string().nullable(),
  charCount: z.number().int(),
  createdAt: z.string(),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const Article = ArticleSummary.extend({
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  text: z.string(),
  blocks: z.array(Block),
  contentHash: z.string(),
  updatedAt: z.string(),
  source: z
    .object({
      fileName: z.string(),
      format: z.string(),
      encoding: z.string().nullable(),
      importedAt: z.string(),
    })
    .nullable(),
})
export type Article = z.infer<typeof Article>

export const ImportOutcome = z.object({
  /** Articles created by this import, in file order. */
  imported: z.array(ArticleSummary),
  /**
   * Files skipped because the same content (normalised text of their
   * articles, not their bytes) is already in the library; `titles` name the
   * existing articles.
   */
  duplicates: z.array(
    z.object({
      fileName: z.string(),
      articleIds: z.array(z.number().int()),
      titles: z.array(z.string()),
    }),
  ),
  /** Files that could not be imported, each with a one-line message naming it; nothing of them was written. */
  failed: z.array(z.object({ fileName: z.string(), message: z.string() })),
  /** Every file written, with the format and text encoding it was read as. */
  files: z.array(
    z.object({
      fileName: z.string(),
      format: z.string(),
      encoding: z.string().nullable(),
      articleIds: z.array(z.number().int()),
    }),
  ),
})
export type ImportOutcome = z.infer<typeof ImportOutcome>

export const LibraryInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  articleCount: z.number().int(),
  /** Where the UI is running: the Electron window can open native dialogs, the browser host cannot. */
  shell: z.enum(['electron', 'browser']),
  version: z.string(),
})
export type LibraryInfo = z.infer<typeof LibraryInfo>
