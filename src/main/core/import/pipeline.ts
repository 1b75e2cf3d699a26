/**
 * The import pipeline shared by every format and every entry point (file
 * dialog, drag and drop, paste, CLI). Each file is extracted and proposed as
 * articles, then written in its own transaction: a bad file is reported in
 * the outcome's `failed` list with a one-line message and leaves nothing
 * behind, and does not stop the files after it. A file whose content is
 * already in the library is skipped unless `force` is set.
 */
import { basename, extname } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { ArticleDraft, ImportOutcome } from '../../../shared/domain'
import { AppException } from '../../../shared/result'
import { articleSummaries, insertArticle } from '../db/repos/articles'
import { findArticlesByContentHash, insertSource } from '../db/repos/sources'
import { sha256Hex } from '../hash'
import { contentHashOf } from './content-hash'
import { importError } from './errors'
import { extractDocument } from './extract'
import { extractPlainText } from './extract/text'
import { checkSize, expandPaths, readImportFile, type ImportInput } from './import-files'
import { proposeArticles, type ProposalOptions } from './proposal'

export { readImportFile, type ImportInput } from './import-files'

/** A file extracted and proposed as articles, not yet written. */
export interface PreparedImport {
  input: ImportInput
  sha256: string
  contentHash: string
  format: string
  encoding: string | null
  drafts: ArticleDraft[]
}

/** What happened to one file, reported as each file finishes. */
export interface ImportProgress {
  done: number
  total: number
  fileName: string
  /** The path or name errors use for the file. */
  label: string
  result:
    | { kind: 'imported'; articles: number }
    | { kind: 'duplicate'; articleIds: number[]; titles: string[] }
    | { kind: 'failed'; message: string }
}

export interface ImportOptions {
  /** Import even when the same content is already in the library. */
  force?: boolean
  /** Passed through to proposeArticles (splitting, publication, date…). */
  proposal?: Partial<ProposalOptions>
  onProgress?: (p: ImportProgress) => void
}

/** An outcome with nothing in it. */
export function emptyOutcome(): ImportOutcome {
  return { imported: [], duplicates: [], failed: [], files: [] }
}

/** Extracts and proposes one file without writing anything; throws an import error naming the file. */
export async function prepareImport(
  input: ImportInput,
  proposalOptions: Partial<ProposalOptions> = {},
): Promise<PreparedImport> {
  const label = input.path ?? input.fileName
  checkSize(label, input.fileName, input.bytes.length)
  const extracted = input.pasted
    ? extractPlainText(input.bytes, label, 'paste')
    : await extractDocument(input.fileName, input.bytes, label)
  const fallbackTitle = basename(input.fileName, extname(input.fileName))
  const drafts = proposeArticles(extracted, { fallbackTitle, ...proposalOptions })
  if (drafts.length === 0) throw importError(label, 'the file has no text')
  return {
    input,
    sha256: sha256Hex(input.bytes),
    contentHash: contentHashOf(drafts),
    format: extracted.format,
    encoding: extracted.encoding,
    drafts,
  }
}

/**
 * Writes one prepared file in one transaction, or reports the existing
 * articles when its content is already in the library (and not forced).
 */
export function writePrepared(
  db: Database,
  p: PreparedImport,
  force: boolean,
  now: string = new Date().toISOString(),
): { articleIds: number[]; duplicateOf: { articleIds: number[]; titles: string[] } | null } {
  return db.transaction(() => {
    const existing = force ? null : findArticlesByContentHash(db, p.contentHash)
    if (existing) return { articleIds: [], duplicateOf: existing }
    const sourceId = insertSource(
      db,
      {
        path: p.input.path,
        fileName: p.input.fileName,
        sha256: p.sha256,
        format: p.format,
        encoding: p.encoding,
        byteSize: p.input.bytes.length,
        contentHash: p.contentHash,
      },
      now,
    )
    const articleIds = p.drafts.map((draft, position) =>
      insertArticle(db, { sourceId, position, ...draft }, now),
    )
    return { articleIds, duplicateOf: null }
  })()
}

type Source = ImportInput | { path: string }

/**
 * Imports files one by one, each in its own transaction; never throws for a
 * bad file — it is listed in `failed` — so one bad file does not stop the rest.
 */
export async function importFiles(
  db: Database,
  sources: readonly Source[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const outcome = emptyOutcome()
  const ids: number[] = []
  // One timestamp for the whole action keeps its articles in file order in "newest first" lists.
  const now = new Date().toISOString()
  for (const [i, source] of sources.entries()) {
    const label = 'bytes' in source ? (source.path ?? source.fileName) : source.path
    const fileName = 'bytes' in source ? source.fileName : basename(source.path)
    let result: ImportProgress['result']
    try {
      const input = 'bytes' in source ? source : readImportFile(source.path)
      const prepared = await prepareImport(input, options.proposal)
      const written = writePrepared(db, prepared, options.force === true, now)
      if (written.duplicateOf) {
        outcome.duplicates.push({ fileName, ...written.duplicateOf })
        result = { kind: 'duplicate', ...written.duplicateOf }
      } else {
        ids.push(...written.articleIds)
        outcome.files.push({
          fileName,
          format: prepared.format,
          encoding: prepared.encoding,
          articleIds: written.articleIds,
        })
        result = { kind: 'imported', articles: written.articleIds.length }
      }
    } catch (err) {
      const message = failureMessage(err, label)
      outcome.failed.push({ fileName, message })
      result = { kind: 'failed', message }
    }
    options.onProgress?.({ done: i + 1, total: sources.length, fileName, label, result })
  }
  outcome.imported = articleSummaries(db, ids)
  return outcome
}

/** Imports files and folders from disk (CLI, Electron's file dialog); folders are expanded. */
export function importPaths(
  db: Database,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  return importFiles(
    db,
    expandPaths(paths).map((path) => ({ path })),
    options,
  )
}

/** One line naming the file: import errors as they are, anything else prefixed with the file. */
function failureMessage(err: unknown, label: string): string {
  if (err instanceof AppException && err.code === 'IMPORT_FAILED') return err.message
  const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]
  return `${label}: could not be imported (${why})`
}
