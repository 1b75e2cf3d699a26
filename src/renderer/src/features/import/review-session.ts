/**
 * The steps of one import with review, as plain async functions the hook
 * drives: read and preview each file (reporting progress, stopping when
 * cancelled), then commit each reviewed file in its own call. Each file is
 * one transaction; a failed file is reported and the others go on.
 */
import { MAX_IMPORT_BASE64 } from '@shared/contract'
import { ApiError, call } from '../../api/client'
import { bytesToBase64 } from './base64'
import { commitInput, reviewFile, type ReviewFile } from './review-model'

const MAX_FILE_BYTES = (MAX_IMPORT_BASE64 / 4) * 3

/** What happened to one file, for the summary. */
export interface FileOutcome {
  fileName: string
  status: 'saved' | 'duplicate' | 'failed' | 'cancelled' | 'skipped'
  articles: number
  /** The failure, naming the file (API messages already do). */
  message?: string
  /** Why it failed, when main said (see @shared/import-reasons), for a translated message. */
  reason?: string
}

export interface Progress {
  total: number
  done: number
  current: string
  /** Articles proposed (reading) or saved (saving) so far. */
  articles: number
}

export interface Batch {
  onProgress(p: Progress): void
  cancelled(): boolean
}

/** Reads and previews every file; files that fail or come after a cancel get an outcome instead. */
export async function previewFiles(
  files: readonly File[],
  split: 'auto' | 'none',
  batch: Batch,
): Promise<{ files: ReviewFile[]; outcomes: FileOutcome[] }> {
  const read: ReviewFile[] = []
  const outcomes: FileOutcome[] = []
  let articles = 0
  for (const [i, file] of files.entries()) {
    if (batch.cancelled()) {
      outcomes.push({ fileName: file.name, status: 'cancelled', articles: 0 })
      continue
    }
    batch.onProgress({ total: files.length, done: i, current: file.name, articles })
    try {
      if (file.size > MAX_FILE_BYTES)
        throw new Error(`${file.name}: the file is too large (64 MB limit)`)
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
      const proposal = await call('import.preview', { fileName: file.name, base64, split })
      read.push(reviewFile(file.name, base64, proposal))
      articles += proposal.drafts.length
    } catch (err) {
      outcomes.push({
        fileName: file.name,
        status: 'failed',
        articles: 0,
        message: naming(err, file.name),
        ...reasonOf(err),
      })
    }
  }
  batch.onProgress({ total: files.length, done: files.length, current: '', articles })
  return { files: read, outcomes }
}

/** Commits every reviewed file; a file with no articles left is skipped. */
export async function commitFiles(
  files: readonly ReviewFile[],
  batch: Batch,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = []
  let articles = 0
  for (const [i, file] of files.entries()) {
    if (batch.cancelled()) {
      outcomes.push({ fileName: file.fileName, status: 'cancelled', articles: 0 })
      continue
    }
    if (file.drafts.length === 0) {
      outcomes.push({ fileName: file.fileName, status: 'skipped', articles: 0 })
      continue
    }
    batch.onProgress({ total: files.length, done: i, current: file.fileName, articles })
    try {
      const out = await call('import.commit', commitInput(file))
      articles += out.imported.length
      outcomes.push(
        out.duplicates.length > 0
          ? { fileName: file.fileName, status: 'duplicate', articles: 0 }
          : { fileName: file.fileName, status: 'saved', articles: out.imported.length },
      )
    } catch (err) {
      outcomes.push({
        fileName: file.fileName,
        status: 'failed',
        articles: 0,
        message: naming(err, file.fileName),
        ...reasonOf(err),
      })
    }
  }
  return outcomes
}

function reasonOf(err: unknown): { reason?: string } {
  return err instanceof ApiError && err.reason !== undefined ? { reason: err.reason } : {}
}

function naming(err: unknown, fileName: string): string {
  const message = err instanceof Error ? err.message : String(err)
  const named = err instanceof ApiError && err.file !== undefined
  return named || message.includes(fileName) ? message : `${fileName}: ${message}`
}
