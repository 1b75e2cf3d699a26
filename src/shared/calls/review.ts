/**
 * Import with review: the file is read and split into proposed articles
 * (`import.preview`, nothing written); the person edits the proposal and
 * `import.commit` writes the edited articles in one transaction.
 */
import { z } from 'zod'
import { ArticleDraft, ImportOutcome } from '../domain'
import { MAX_IMPORT_BASE64 } from './import'

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  )

const FileFields = {
  fileName: z.string().min(1).max(1024),
  base64: z.string().max(MAX_IMPORT_BASE64),
  /** 'auto' splits a page into articles (default); 'none' keeps one article. */
  split: z.enum(['auto', 'none']).default('auto'),
  /** Applied to every article of the file. */
  publication: z.string().trim().min(1).max(200).nullable().optional(),
  publishedOn: IsoDate.nullable().optional(),
  page: z.string().trim().min(1).max(40).nullable().optional(),
}

export const ImportStats = z.object({
  articles: z.number().int(),
  paragraphs: z.number().int(),
  captions: z.number().int(),
  characters: z.number().int(),
})
export type ImportStats = z.infer<typeof ImportStats>

/** What an import proposes for one file, before anything is saved. */
export const ImportProposal = z.object({
  fileName: z.string(),
  format: z.string(),
  encoding: z.string().nullable(),
  drafts: z.array(ArticleDraft),
  stats: ImportStats,
})
export type ImportProposal = z.infer<typeof ImportProposal>

/** An edited article as the review sends it back: a real date or none. */
export const ReviewedDraft = ArticleDraft.extend({
  title: z.string().trim().min(1).max(300),
  publishedOn: IsoDate.nullable(),
})

export const reviewCalls = {
  /** Read a file and propose its articles; nothing is written. */
  'import.preview': {
    input: z.object(FileFields).strict(),
    output: ImportProposal,
  },
  /** Write a reviewed proposal: the file's source plus the edited articles, in one transaction. */
  'import.commit': {
    input: z.object({ ...FileFields, drafts: z.array(ReviewedDraft).min(1).max(2000) }).strict(),
    output: ImportOutcome,
  },
} as const
