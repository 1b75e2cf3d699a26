/**
 * Finding the files an import names: paths are taken as given; a folder
 * stands for every supported file inside it, recursively, in sorted order
 * (hidden files and folders skipped). Size caps per format are checked with
 * stat before a file is read, so an oversized file costs no memory.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { importError } from './errors'
import { SUPPORTED_EXTENSIONS } from './extract'

/** One file to import: its name, where it came from, its bytes. */
export interface ImportInput {
  fileName: string
  /** The file's path on disk, when it came from one. */
  path: string | null
  bytes: Uint8Array
  /** Set for text pasted or piped in rather than read from a file. */
  pasted?: boolean
}

const MB = 1024 * 1024
/** Largest file accepted, per extension; the default covers text files. */
export const MAX_BYTES: Readonly<Record<string, number>> = {
  '.pdf': 200 * MB,
  '.docx': 100 * MB,
  '.html': 50 * MB,
  '.htm': 50 * MB,
}
export const MAX_TEXT_BYTES = 200 * MB

/** The size cap for a file name. */
export function maxBytesFor(fileName: string): number {
  return MAX_BYTES[extname(fileName).toLowerCase()] ?? MAX_TEXT_BYTES
}

/** Throws an import error naming the file when `size` is over its format's cap. */
export function checkSize(label: string, fileName: string, size: number): void {
  const cap = maxBytesFor(fileName)
  if (size > cap) {
    const ext = extname(fileName).toLowerCase() || 'these'
    throw importError(
      label,
      `the file is too large (${(size / MB).toFixed(1)} MB; the limit for ${ext} files is ${cap / MB} MB)`,
      'tooLarge',
    )
  }
}

/**
 * Expands folders into the supported files they hold, recursively and sorted;
 * other paths are returned as they are (their problems are reported when read).
 */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    let isDir = false
    try {
      isDir = statSync(p).isDirectory()
    } catch {
      // Missing or unreadable: reported by readImportFile.
    }
    if (isDir) out.push(...filesUnder(p))
    else out.push(p)
  }
  return out
}

function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return entries.flatMap((e) => {
    const full = join(dir, e.name)
    if (e.isDirectory()) return filesUnder(full)
    return e.isFile() && SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase()) ? [full] : []
  })
}

/** Reads a file from disk for import; missing files, folders and oversized files are refused by name. */
export function readImportFile(path: string): ImportInput {
  const fileName = basename(path)
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw importError(path, 'this is a folder, not a file', 'notFile')
    if (!st.isFile()) throw importError(path, 'this is not a regular file', 'notFile')
    size = st.size
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      throw importError(path, 'no such file', 'notFound')
    }
    if (err instanceof Error && 'code' in err && err.code === 'EACCES') {
      throw importError(path, 'permission denied', 'unreadable')
    }
    throw err
  }
  checkSize(path, fileName, size)
  try {
    return { fileName, path, bytes: readFileSync(path) }
  } catch (err) {
    throw importError(
      path,
      `cannot be read (${err instanceof Error ? err.message : String(err)})`,
      'unreadable',
    )
  }
}
