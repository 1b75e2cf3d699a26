/**
 * Merges a colleague's Web Annotation file into the library, in one
 * transaction. Each annotation finds its article (same content hash first,
 * else same title) and re-anchors there with the usual anchoring (position,
 * exact quote with context, fuzzy quote). A highlight already in the article
 * over the same quote at the same place is not added again: its note gains
 * the colleague's note and its tags the colleague's tags (merged), or
 * nothing changes (duplicate). Annotations whose article is missing or whose
 * quote is not found are reported as orphaned and not written.
 */
import type { Database } from 'better-sqlite3'
import type { AnnotationImportItem, AnnotationImportSummary } from '@shared/calls/sharing'
import { reanchor, type Reanchored } from '../anchoring'
import { getArticle } from '../db/repos/articles'
import { articleIdsByContentHash, articleIdsByTitle } from '../db/repos/article-lookup'
import { findHighlightAt, insertHighlight, writeHighlight } from '../db/repos/highlights'
import { setHighlightTags } from '../db/repos/tags'
import { parseAnnotationFile, type SharedAnnotation } from './annotation-file'

interface Placed {
  articleId: number
  title: string
  anchor: Reanchored
}

/** Article id → title and text, read once per import. */
type Articles = (id: number) => { title: string; text: string }

function articleCache(db: Database): Articles {
  const cache = new Map<number, { title: string; text: string }>()
  return (id) => {
    let a = cache.get(id)
    if (!a) {
      const { title, text } = getArticle(db, id)
      a = { title, text }
      cache.set(id, a)
    }
    return a
  }
}

/** The article and place `a` belongs at, or why there is none. */
function place(db: Database, articles: Articles, a: SharedAnnotation): Placed | { orphan: string } {
  const byHash = a.contentHash ? articleIdsByContentHash(db, a.contentHash) : []
  const byTitle = a.title ? articleIdsByTitle(db, a.title) : []
  const candidates = [...new Set([...byHash, ...byTitle])]
  if (!candidates.length) return { orphan: 'article not in this library' }
  for (const id of candidates) {
    const article = articles(id)
    const anchor = reanchor(
      article.text,
      {
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        start: a.start ?? 0,
        end: a.end ?? 0,
      },
      [],
    )
    if (anchor.status !== 'orphan') return { articleId: id, title: article.title, anchor }
  }
  return { orphan: 'quote not found in the article' }
}

/** `existing` with `extra` appended as a new paragraph, unless it already says so. */
function mergedNote(existing: string, extra: string): string {
  if (!extra || existing.includes(extra)) return existing
  return existing.trim() ? `${existing}\n\n${extra}` : extra
}

/** Adds or merges one placed annotation; returns what happened and the highlight id. */
function write(
  db: Database,
  a: SharedAnnotation,
  p: Placed,
  now: string,
): Pick<AnnotationImportItem, 'status' | 'highlightId'> {
  const same = findHighlightAt(db, p.articleId, p.anchor)
  if (!same) {
    const highlightId = insertHighlight(
      db,
      {
        articleId: p.articleId,
        start: p.anchor.start,
        end: p.anchor.end,
        exact: p.anchor.exact,
        prefix: p.anchor.prefix,
        suffix: p.anchor.suffix,
        color: a.color,
        noteJson: null,
        noteText: a.noteText,
        anchor: 'ok',
        tags: a.tags,
      },
      now,
    )
    return { status: 'added', highlightId }
  }
  const noteText = mergedNote(same.noteText, a.noteText)
  const newTags = a.tags.filter((t) => !same.tags.includes(t))
  if (noteText === same.noteText && !newTags.length)
    return { status: 'duplicate', highlightId: same.id }
  if (noteText !== same.noteText) {
    // The rich note cannot hold the appended plain text; the plain text is what is kept.
    writeHighlight(db, same.id, { ...same, noteJson: null, noteText }, now)
  }
  if (newTags.length) setHighlightTags(db, same.id, [...same.tags, ...newTags], now)
  return { status: 'merged', highlightId: same.id }
}

/**
 * Imports the annotations of `text` (the content of `fileName`); throws
 * INVALID_INPUT naming the file, writing nothing, when it is not a Web
 * Annotation file.
 */
export function importAnnotations(
  db: Database,
  fileName: string,
  text: string,
): AnnotationImportSummary {
  const annotations = parseAnnotationFile(fileName, text)
  return db.transaction(() => {
    const now = new Date().toISOString()
    const articles = articleCache(db)
    const items: AnnotationImportItem[] = annotations.map((a, index) => {
      const p = place(db, articles, a)
      const base = { index, quote: a.exact, title: a.title }
      if ('orphan' in p)
        return { ...base, status: 'orphaned', reason: p.orphan, articleId: null, highlightId: null }
      const done = write(db, a, p, now)
      return { ...base, ...done, title: p.title, reason: null, articleId: p.articleId }
    })
    const count = (s: AnnotationImportItem['status']) => items.filter((i) => i.status === s).length
    return {
      fileName,
      added: count('added'),
      merged: count('merged'),
      duplicates: count('duplicate'),
      orphaned: count('orphaned'),
      items,
    }
  })()
}
