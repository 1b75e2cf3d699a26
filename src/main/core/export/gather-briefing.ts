/**
 * A briefing as an export set: its summary under the title, each heading
 * item opening a section, quote items in order with their commentary.
 * Quotes whose highlight was deleted are left out.
 */
import type { Database } from 'better-sqlite3'
import type { Briefing } from '@shared/calls/briefings'
import { getHighlight } from '../db/repos/highlights'
import type { ExportSection, ExportSet } from './export-set'
import { itemOf, sourceCache } from './gather'

export function briefingExportSet(db: Database, b: Briefing, now: string): ExportSet {
  const sourceOf = sourceCache(db)
  const sections: ExportSection[] = []
  let current: ExportSection | null = null
  for (const item of b.items) {
    if (item.kind === 'heading') {
      current = { heading: item.heading ?? '', items: [] }
      sections.push(current)
    } else if (item.quote) {
      if (!current) {
        current = { heading: null, items: [] }
        sections.push(current)
      }
      const h = getHighlight(db, item.quote.highlightId)
      current.items.push({ ...itemOf(h, sourceOf(h.articleId)), commentary: item.commentText })
    }
  }
  return {
    title: b.title,
    summary: b.summaryText,
    sections: sections.filter((s) => s.heading !== null || s.items.length),
    createdAt: now,
  }
}
