/**
 * The import pipeline shared by every format and every entry point (file
 * dialog, drag and drop, paste, CLI). Each file is extracted and proposed as
 * articles, then written atomically: a bad file is reported in
 * the outcome's `failed` list with a one-line message and leaves nothing
 * behind, and does not stop the files after it. Writes are grouped into
 * few commits (see importFiles), each file atomic inside its group. A file whose content is
 * already in the library is skipped unless `force` is set.
 */
import { basename, extname } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { ArticleDraft, ImportOutcome } from '@shared/domain'
import { AppException } from '@shared/result'
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
    | { kind: 'imported'; articles: number; articleIds: number[] }
    | { kind: 'duplicate'; articleIds: number[]; titles: string[] }
    | { kind: 'failed'; message: string }
}

export interface ImportOptions {
  /** Import even when the same content is already in the library. */
  force?: boolean
  /** Passed through to proposeArticles (splitting, publication, date…). */
  proposal?: Partial<ProposalOptions>
  onProgress?: (p: ImportProgress) => void
  /**
   * Stops the batch before the next file once aborted; files already read
   * are still written, files not reached are left out of the outcome.
   */
  signal?: AbortSignal
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
  if (drafts.length === 0) throw importError(label, 'the file has no text', 'noText')
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

/** Writes one prepared file as an action of its own and reports it as an outcome. */
export function commitPrepared(db: Database, p: PreparedImport, force = false): ImportOutcome {
  const outcome = emptyOutcome()
  const written = writePrepared(db, p, force)
  if (written.duplicateOf) {
    outcome.duplicates.push({ fileName: p.input.fileName, ...written.duplicateOf })
  } else {
    outcome.imported = articleSummaries(db, written.articleIds)
    outcome.files.push({
      fileName: p.input.fileName,
      format: p.format,
      encoding: p.encoding,
      articleIds: written.articleIds,
    })
  }
  return outcome
}

type Source = ImportInput | { path: string }

/** A file read and proposed (or refused), waiting for the next write. */
interface Pending {
  fileName: string
  label: string
  prepared: PreparedImport | null
  failure: string | null
}

/**
 * Files are written in groups: one commit for up to this many files, bytes
 * or milliseconds of extraction, each file inside it in its own savepoint.
 * A commit costs an fsync (synchronous=FULL), so a folder of small files
 * would otherwise spend most of its time waiting for the disk.
 */
const GROUP_FILES = 64
const GROUP_BYTES = 32 * 1024 * 1024
const GROUP_MS = 500

/**
 * Imports files one by one; each file is written atomically (its own
 * savepoint, committed with its group) or not at all. Never throws for a
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
  let pending: Pending[] = []
  let pendingBytes = 0
  let since = Date.now()
  let done = 0
  const flush = (): void => {
    const results = writeGroup(db, pending, options.force === true, now)
    for (const [k, p] of pending.entries()) {
      const result = record(outcome, ids, p, results[k]!)
      options.onProgress?.({
        done: ++done,
        total: sources.length,
        fileName: p.fileName,
        label: p.label,
        result,
      })
    }
    pending = []
    pendingBytes = 0
    since = Date.now()
  }
  for (const source of sources) {
    if (options.signal?.aborted) break
    const label = 'bytes' in source ? (source.path ?? source.fileName) : source.path
    const fileName = 'bytes' in source ? source.fileName : basename(source.path)
    try {
      const input = 'bytes' in source ? source : readImportFile(source.path)
      const prepared = await prepareImport(input, options.proposal)
      pending.push({ fileName, label, prepared, failure: null })
      pendingBytes += input.bytes.length
    } catch (err) {
      pending.push({ fileName, label, prepared: null, failure: failureMessage(err, label) })
    }
    if (
      pending.length >= GROUP_FILES ||
      pendingBytes >= GROUP_BYTES ||
      Date.now() - since >= GROUP_MS
    ) {
      flush()
    }
  }
  if (pending.length > 0) flush()
  outcome.imported = articleSummaries(db, ids)
  return outcome
}

/** Writes a group in one transaction, each file in a savepoint of its own (a nested transaction). */
function writeGroup(
  db: Database,
  group: readonly Pending[],
  force: boolean,
  now: string,
): ImportProgress['result'][] {
  return db.transaction(() =>
    group.map((p): ImportProgress['result'] => {
      if (!p.prepared) return { kind: 'failed', message: p.failure ?? `${p.label}: failed` }
      try {
        const written = writePrepared(db, p.prepared, force, now)
        return written.duplicateOf
          ? { kind: 'duplicate', ...written.duplicateOf }
          : {
              kind: 'imported',
              articles: written.articleIds.length,
              articleIds: written.articleIds,
            }
      } catch (err) {
        return { kind: 'failed', message: failureMessage(err, p.label) }
      }
    }),
  )()
}

/** Adds one file's result to the outcome. */
function record(
  outcome: ImportOutcome,
  ids: number[],
  p: Pending,
  result: ImportProgress['result'],
): ImportProgress['result'] {
  if (result.kind === 'failed')
    outcome.failed.push({ fileName: p.fileName, message: result.message })
  else if (result.kind === 'duplicate') {
    outcome.duplicates.push({
      fileName: p.fileName,
      articleIds: result.articleIds,
      titles: result.titles,
    })
  } else {
    ids.push(...result.articleIds)
    outcome.files.push({
      fileName: p.fileName,
      format: p.prepared!.format,
      encoding: p.prepared!.encoding,
      articleIds: result.articleIds,
    })
  }
  return result
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
