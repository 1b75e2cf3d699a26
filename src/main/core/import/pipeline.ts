/**
 * The import pipeline shared by every format and every entry point (file
 * dialog, drag and drop, CLI). Files are read and parsed first; only when all
 * of them parse is anything written, in one transaction, so a bad file in a
 * batch leaves the library as it was.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { ArticleDraft, ImportOutcome } from '../../../shared/domain'
import { articleSummaries, insertArticle } from '../db/repos/articles'
import { findSourceBySha, insertSource } from '../db/repos/sources'
import { sha256Hex } from '../hash'
import { importError } from './errors'
import { extractDocument } from './extract'
import { proposeArticles, type ProposalOptions } from './proposal'

/** Largest file accepted in one import. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

export interface ImportInput {
  fileName: string
  /** The file's path on disk, when it came from one. */
  path: string | null
  bytes: Uint8Array
}

/** A file read and parsed, ready to be written. */
export interface Prepared {
  input: ImportInput
  sha256: string
  format: string
  encoding: string | null
  drafts: ArticleDraft[]
}

/** Extracts and parses one file without writing anything; throws an import error naming the file. */
export async function prepareImport(
  input: ImportInput,
  proposalOptions: Omit<ProposalOptions, 'fallbackTitle'> = {},
): Promise<Prepared> {
  const label = input.path ?? input.fileName
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    throw importError(
      label,
      `the file is too large (${input.bytes.length} bytes; the limit is ${MAX_IMPORT_BYTES})`,
    )
  }
  const extracted = await extractDocument(input.fileName, input.bytes, label)
  const fallbackTitle = basename(input.fileName, extname(input.fileName))
  const drafts = proposeArticles(extracted, { ...proposalOptions, fallbackTitle })
  if (drafts.length === 0) throw importError(label, 'the file has no text')
  return {
    input,
    sha256: sha256Hex(input.bytes),
    format: extracted.format,
    encoding: extracted.encoding,
    drafts,
  }
}

/** Reads a file from disk for import; missing files and folders are refused by name. */
export function readImportFile(path: string): ImportInput {
  const fileName = basename(path)
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw importError(path, 'this is a folder, not a file')
    if (!st.isFile()) throw importError(path, 'this is not a regular file')
    size = st.size
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      throw importError(path, 'no such file')
    }
    if (err instanceof Error && 'code' in err && err.code === 'EACCES') {
      throw importError(path, 'permission denied')
    }
    throw err
  }
  if (size > MAX_IMPORT_BYTES) {
    throw importError(
      path,
      `the file is too large (${size} bytes; the limit is ${MAX_IMPORT_BYTES})`,
    )
  }
  return { fileName, path, bytes: readFileSync(path) }
}

/** Imports files as one action: all of them, or (on any error) none. */
export async function importFiles(
  db: Database,
  inputs: readonly ImportInput[],
): Promise<ImportOutcome> {
  const prepared: Prepared[] = []
  for (const input of inputs) prepared.push(await prepareImport(input))
  return writePrepared(db, prepared)
}

/** Writes prepared files in one transaction; files whose bytes were imported before are skipped. */
export function writePrepared(db: Database, prepared: readonly Prepared[]): ImportOutcome {
  const outcome: ImportOutcome = { imported: [], duplicates: [] }
  const ids: number[] = []
  const now = new Date().toISOString()
  db.transaction(() => {
    const seen = new Map<string, number[]>()
    for (const p of prepared) {
      const existing = findSourceBySha(db, p.sha256)
      const earlier = seen.get(p.sha256)
      if (existing || earlier) {
        outcome.duplicates.push({
          fileName: p.input.fileName,
          articleIds: existing?.articleIds ?? earlier ?? [],
        })
        continue
      }
      const sourceId = insertSource(
        db,
        {
          path: p.input.path,
          fileName: p.input.fileName,
          sha256: p.sha256,
          format: p.format,
          encoding: p.encoding,
          byteSize: p.input.bytes.length,
        },
        now,
      )
      const fileIds = p.drafts.map((draft, position) =>
        insertArticle(db, { sourceId, position, ...draft }, now),
      )
      seen.set(p.sha256, fileIds)
      ids.push(...fileIds)
    }
  })()
  outcome.imported = articleSummaries(db, ids)
  return outcome
}

/** Imports files from disk paths (CLI, Electron's file dialog) as one action. */
export function importPaths(db: Database, paths: readonly string[]): Promise<ImportOutcome> {
  return importFiles(db, paths.map(readImportFile))
}
