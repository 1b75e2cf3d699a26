/** A briefing as the contract shows it: its fields and items, each quote with its source. */
import type { Database } from 'better-sqlite3'
import type { Briefing, BriefingItem, BriefingQuote } from '@shared/calls/briefings'
import { getHighlight } from '../db/repos/highlights'
import { briefingRow, itemRows, type BriefingItemRow } from '../db/repos/briefings'
import { sourceCache } from '../export/gather'

/** The briefing with id `id`; NOT_FOUND when unknown or deleted (unless `withDeleted`). */
export function readBriefing(db: Database, id: number, withDeleted = false): Briefing {
  const row = briefingRow(db, id, withDeleted)
  const sourceOf = sourceCache(db)
  const quoteOf = (highlightId: number): BriefingQuote => {
    const h = getHighlight(db, highlightId)
    const s = sourceOf(h.articleId)
    return {
      highlightId: h.id,
      quote: h.exact,
      noteText: h.noteText,
      color: h.color,
      tags: h.tags,
      articleId: s.articleId,
      articleTitle: s.title,
      publication: s.publication,
      date: s.date,
      page: s.page,
    }
  }
  const item = (r: BriefingItemRow): BriefingItem => ({
    id: r.id,
    kind: r.heading !== null ? 'heading' : 'quote',
    heading: r.heading,
    quote: r.highlight_id === null ? null : quoteOf(r.highlight_id),
    commentJson: r.comment_json,
    commentText: r.comment_text,
  })
  return {
    id: row.id,
    title: row.title,
    summaryJson: row.body_json,
    summaryText: row.body_text,
    citation: row.citation_style,
    items: itemRows(db, id).map(item),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
