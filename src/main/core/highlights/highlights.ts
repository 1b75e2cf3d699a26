/**
 * What a person does with highlights: create (from offsets or a quoted
 * passage), change colour, note, tags or place (re-attaching an orphan),
 * delete and restore. Each is one transaction.
 */
import type { Database } from 'better-sqlite3'
import type { Highlight, HighlightColor } from '@shared/highlight'
import { AppException } from '@shared/result'
import { describeRange } from '../anchoring'
import { getArticle } from '../db/repos/articles'
import {
  deleteHighlightRow,
  getHighlight,
  insertHighlight,
  writeHighlight,
} from '../db/repos/highlights'
import { setHighlightTags } from '../db/repos/tags'

export interface NewHighlight {
  articleId: number
  start: number
  end: number
  color?: HighlightColor
  noteJson?: string | null
  noteText?: string
  tags?: readonly string[]
}

export interface HighlightChanges {
  color?: HighlightColor
  /** Note as Lexical JSON plus its plain text; both set together. */
  note?: { json: string | null; text: string }
  tags?: readonly string[]
  /** A new place in the article: re-attaches an orphan, or adjusts the extent. */
  range?: { start: number; end: number }
}

function anchorIn(db: Database, articleId: number, start: number, end: number) {
  const { text } = getArticle(db, articleId)
  try {
    return describeRange(text, start, end)
  } catch (err) {
    throw new AppException('INVALID_INPUT', `article ${articleId}: ${(err as Error).message}`)
  }
}

/** Creates a highlight over article text [start, end). */
export function createHighlight(db: Database, h: NewHighlight): Highlight {
  return db.transaction(() => {
    const now = new Date().toISOString()
    const anchor = anchorIn(db, h.articleId, h.start, h.end)
    const id = insertHighlight(
      db,
      {
        articleId: h.articleId,
        ...anchor,
        color: h.color ?? 'yellow',
        noteJson: h.noteJson ?? null,
        noteText: h.noteText ?? '',
        anchor: 'ok',
        tags: h.tags ?? [],
      },
      now,
    )
    return getHighlight(db, id)
  })()
}

/** Applies `changes` to highlight `id` and returns it as stored. */
export function updateHighlight(db: Database, id: number, changes: HighlightChanges): Highlight {
  return db.transaction(() => {
    const now = new Date().toISOString()
    const h = getHighlight(db, id)
    const placed = changes.range
      ? {
          ...anchorIn(db, h.articleId, changes.range.start, changes.range.end),
          anchor: 'ok' as const,
        }
      : {}
    writeHighlight(
      db,
      id,
      {
        ...h,
        ...placed,
        color: changes.color ?? h.color,
        noteJson: changes.note ? changes.note.json : h.noteJson,
        noteText: changes.note ? changes.note.text : h.noteText,
      },
      now,
    )
    if (changes.tags) setHighlightTags(db, id, changes.tags, now)
    return getHighlight(db, id)
  })()
}

/** Deletes highlight `id`; returns it whole, so `restoreHighlight` can undo. */
export function deleteHighlight(db: Database, id: number): Highlight {
  return db.transaction(() => {
    const h = getHighlight(db, id)
    deleteHighlightRow(db, id)
    return h
  })()
}

/** Puts a deleted highlight back with its id, note and tags (undo of delete). */
export function restoreHighlight(db: Database, h: Highlight): Highlight {
  return db.transaction(() => {
    getArticle(db, h.articleId)
    const taken = db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(h.id)
    if (taken) throw new AppException('DUPLICATE', `Highlight ${h.id} exists already`)
    insertHighlight(db, h, new Date().toISOString())
    return getHighlight(db, h.id)
  })()
}

/**
 * The range of the `occurrence`-th (1-based) appearance of `quote` in the
 * article; throws NOT_FOUND naming the article when there is none.
 */
export function findQuote(
  db: Database,
  articleId: number,
  quote: string,
  occurrence = 1,
): { start: number; end: number } {
  const { text } = getArticle(db, articleId)
  let at = -1
  let seen = 0
  for (let i = text.indexOf(quote); quote && i !== -1; i = text.indexOf(quote, i + 1)) {
    if (++seen === occurrence) {
      at = i
      break
    }
  }
  if (at === -1) {
    throw new AppException(
      'NOT_FOUND',
      seen
        ? `article ${articleId}: "${quote}" occurs ${seen} time(s), not ${occurrence}`
        : `article ${articleId}: "${quote}" does not occur in the text`,
    )
  }
  return { start: at, end: at + quote.length }
}
