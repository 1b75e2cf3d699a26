/**
 * The proposal a person reviews before saving, and the edits they can make
 * to it: rename, merge an article with the next one, split one at a
 * paragraph, drop one, set publication/date/page for one article or for the
 * whole file. Pure functions returning new values, so the panel only holds
 * state and renders.
 */
import type { ArticleDraft, Block } from '@shared/domain'

export interface ReviewDraft extends ArticleDraft {
  /** Stable React key; survives renames, merges and splits. */
  key: string
}

export interface FileMeta {
  publication: string
  publishedOn: string
  page: string
}

export interface ReviewFile {
  fileName: string
  base64: string
  format: string
  encoding: string | null
  drafts: ReviewDraft[]
  meta: FileMeta
}

let counter = 0
const nextKey = (): string => `d${++counter}`

/** Wraps a file's proposal for review. */
export function reviewFile(
  fileName: string,
  base64: string,
  proposal: { format: string; encoding: string | null; drafts: readonly ArticleDraft[] },
): ReviewFile {
  return {
    fileName,
    base64,
    format: proposal.format,
    encoding: proposal.encoding,
    drafts: proposal.drafts.map((d) => ({ ...d, key: nextKey() })),
    meta: { publication: '', publishedOn: '', page: '' },
  }
}

const replaceAt = <T>(list: readonly T[], i: number, ...items: T[]): T[] => [
  ...list.slice(0, i),
  ...items,
  ...list.slice(i + 1),
]

/** Changes one article's fields. */
export function editDraft(file: ReviewFile, i: number, patch: Partial<ArticleDraft>): ReviewFile {
  const d = file.drafts[i]
  if (!d) return file
  return { ...file, drafts: replaceAt(file.drafts, i, { ...d, ...patch }) }
}

/**
 * Merges article `i` with the one after it: the second's title (and its
 * subtitle) become a sub-heading, its byline joins the first's.
 */
export function mergeWithNext(file: ReviewFile, i: number): ReviewFile {
  const a = file.drafts[i]
  const b = file.drafts[i + 1]
  if (!a || !b) return file
  const head: Block[] = [{ kind: 'heading', text: b.title }]
  if (b.subtitle) head.push({ kind: 'heading', text: b.subtitle })
  const byline = [a.byline, b.byline].filter((s): s is string => !!s).join(' ') || null
  const merged: ReviewDraft = { ...a, byline, blocks: [...a.blocks, ...head, ...b.blocks] }
  return { ...file, drafts: [...file.drafts.slice(0, i), merged, ...file.drafts.slice(i + 2)] }
}

/**
 * Splits article `i` before block `at`: the new article takes the blocks from
 * there on; its title is that block's text when it is a heading, else the
 * first words of the paragraph. The byline stays with the first part.
 */
export function splitAt(file: ReviewFile, i: number, at: number): ReviewFile {
  const d = file.drafts[i]
  if (!d || at <= 0 || at >= d.blocks.length) return file
  const rest = d.blocks.slice(at)
  const first = rest[0]!
  const titled = first.kind === 'heading'
  const title = titled ? first.text : shorten(first.text, 24)
  const second: ReviewDraft = {
    ...d,
    key: nextKey(),
    title,
    kicker: null,
    subtitle: null,
    byline: null,
    blocks: titled ? rest.slice(1) : rest,
  }
  return {
    ...file,
    drafts: replaceAt(file.drafts, i, { ...d, blocks: d.blocks.slice(0, at) }, second),
  }
}

/** Removes article `i` from the proposal. */
export function dropDraft(file: ReviewFile, i: number): ReviewFile {
  return { ...file, drafts: file.drafts.filter((_, k) => k !== i) }
}

/** Sets the file-wide publication, date or page. */
export function editFileMeta(file: ReviewFile, patch: Partial<FileMeta>): ReviewFile {
  return { ...file, meta: { ...file.meta, ...patch } }
}

/** The first `n` characters of a text, with an ellipsis when cut. */
export function shorten(text: string, n: number): string {
  const chars = [...text]
  return chars.length <= n ? text : `${chars.slice(0, n).join('')}…`
}

/** Characters a reader counts in an article's body. */
export function draftChars(d: ArticleDraft): number {
  let n = 0
  for (const b of d.blocks) for (const _ of b.text) n++
  return n
}

const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

/** What `import.commit` receives for a reviewed file. */
export function commitInput(file: ReviewFile) {
  return {
    fileName: file.fileName,
    base64: file.base64,
    publication: blankToNull(file.meta.publication),
    publishedOn: blankToNull(file.meta.publishedOn),
    page: blankToNull(file.meta.page),
    drafts: file.drafts.map(({ key: _key, ...d }) => ({
      ...d,
      publication: d.publication && d.publication.trim() !== '' ? d.publication.trim() : null,
      publishedOn: d.publishedOn && d.publishedOn.trim() !== '' ? d.publishedOn.trim() : null,
      page: d.page && d.page.trim() !== '' ? d.page.trim() : null,
    })),
  }
}
