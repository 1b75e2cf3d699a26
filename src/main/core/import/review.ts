/**
 * Import with review. `previewImport` reads and splits a file without
 * writing; `commitImport` reads the same file again (so what is written is
 * exactly what was checked) and writes the person's edited articles through
 * the pipeline's writing path, in one transaction.
 */
import type { Database } from 'better-sqlite3'
import type { ArticleDraft, ImportOutcome } from '@shared/domain'
import type { ImportProposal, ImportStats } from '@shared/calls/review'
import { countChars } from '../db/repos/articles'
import { importError } from './errors'
import { commitPrepared, prepareImport, type ImportInput } from './pipeline'
import type { ProposalOptions } from './proposal'

export type ReviewOptions = Omit<ProposalOptions, 'fallbackTitle'>

/** Counts shown next to a proposal. */
export function proposalStats(drafts: readonly ArticleDraft[]): ImportStats {
  return {
    articles: drafts.length,
    paragraphs: drafts.reduce(
      (n, d) => n + d.blocks.filter((b) => b.kind === 'paragraph').length,
      0,
    ),
    captions: drafts.reduce((n, d) => n + d.blocks.filter((b) => b.kind === 'caption').length, 0),
    characters: drafts.reduce((n, d) => n + countChars(d.blocks), 0),
  }
}

/** Proposes a file's articles; writes nothing. */
export async function previewImport(
  input: ImportInput,
  options: ReviewOptions = {},
): Promise<ImportProposal> {
  const p = await prepareImport(input, options)
  return {
    fileName: input.fileName,
    format: p.format,
    encoding: p.encoding,
    drafts: p.drafts,
    stats: proposalStats(p.drafts),
  }
}

/**
 * Writes the reviewed articles of one file. File-wide publication, date and
 * page fill the articles that have none. Refuses an empty list and articles
 * without text, naming the file.
 */
export async function commitImport(
  db: Database,
  input: ImportInput,
  drafts: readonly ArticleDraft[],
  options: ReviewOptions = {},
): Promise<ImportOutcome> {
  const label = input.path ?? input.fileName
  if (drafts.length === 0) throw importError(label, 'no articles left to save', 'nothingToSave')
  const empty = drafts.find((d) => d.blocks.every((b) => b.text.trim() === ''))
  if (empty) throw importError(label, `the article "${empty.title}" has no text`, 'noText')
  const prepared = await prepareImport(input, options)
  const reviewed = drafts.map((d) => ({
    ...d,
    title: d.title.trim(),
    publication: d.publication ?? options.publication ?? null,
    publishedOn: d.publishedOn ?? options.publishedOn ?? null,
    page: d.page ?? options.page ?? null,
  }))
  return commitPrepared(db, { ...prepared, drafts: reviewed })
}
