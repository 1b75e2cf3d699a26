/** Turning matched rows into search hits: which field matched, its snippet, where to open. */
import type { Database } from 'better-sqlite3'
import type { SearchHit } from '@shared/calls/search'
import { statement } from '../db/statements'
import { fold } from './fold'
import { firstMatch, snippetOf } from './snippet'

export interface HighlightRow {
  id: number
  article_id: number
  exact: string
  note_text: string
  color: string
  start_offset: number
  end_offset: number
  title: string
  publication: string | null
  date: string | null
}

export interface ArticleRow {
  id: number
  title: string
  text: string
  publication: string | null
  date: string | null
}

function highlightTags(db: Database, id: number): string[] {
  const rows = statement(
    db,
    `SELECT t.name FROM highlight_tags x JOIN tags t ON t.id = x.tag_id
      WHERE x.highlight_id = ? ORDER BY t.name`,
  ).all(id) as { name: string }[]
  return rows.map((r) => r.name)
}

function articleTags(db: Database, id: number): string[] {
  const rows = statement(
    db,
    `SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
      WHERE x.article_id = ? ORDER BY t.name`,
  ).all(id) as { name: string }[]
  return rows.map((r) => r.name)
}

/** A highlight or note hit: the quote if a term is in it, else the note, else the tags. */
export function toHighlightHit(db: Database, r: HighlightRow, needles: string[]): SearchHit {
  const tags = highlightTags(db, r.id)
  const inQuote = needles.length === 0 || firstMatch(fold(r.exact), needles) !== null
  const inNote = !inQuote && firstMatch(fold(r.note_text), needles) !== null
  const field = inQuote ? 'quote' : inNote ? 'note' : 'tags'
  const text = field === 'quote' ? r.exact : field === 'note' ? r.note_text : tags.join(' · ')
  return {
    kind: inNote ? 'note' : 'highlight',
    id: r.id,
    articleId: r.article_id,
    articleTitle: r.title,
    publication: r.publication,
    date: r.date,
    color: r.color,
    tags,
    quote: r.exact,
    field,
    snippet: snippetOf(text, needles, field === 'quote' ? 240 : 120),
    at: { start: r.start_offset, end: r.end_offset },
  }
}

/**
 * An article hit: the first match in the text (opened there), else the
 * title, else the tags. `foldedText` is `fold(r.text)` when the caller has it.
 */
export function toArticleHit(
  db: Database,
  r: ArticleRow,
  needles: string[],
  foldedText = fold(r.text),
): SearchHit {
  const tags = articleTags(db, r.id)
  const inText = needles.length > 0 ? firstMatch(foldedText, needles) : null
  const inTitle =
    inText === null && needles.length > 0 && firstMatch(fold(r.title), needles) !== null
  const field = inText ? 'text' : inTitle || needles.length === 0 ? 'title' : 'tags'
  const text = field === 'text' ? r.text : field === 'title' ? r.title : tags.join(' · ')
  return {
    kind: 'article',
    id: r.id,
    articleId: r.id,
    articleTitle: r.title,
    publication: r.publication,
    date: r.date,
    color: null,
    tags,
    quote: null,
    field,
    snippet:
      field === 'text' ? snippetOf(text, needles, 120, 30, foldedText) : snippetOf(text, needles),
    at: inText ? { start: inText[0], end: inText[1] } : null,
  }
}
