/**
 * What a person does to briefings. Each operation is one transaction and
 * returns the briefing as it now stands (or throws, changing nothing).
 */
import type { Database } from 'better-sqlite3'
import type { Briefing, BriefingSummary, CitationStyle } from '@shared/calls/briefings'
import { AppException } from '@shared/result'
import { getHighlight } from '../db/repos/highlights'
import {
  appendItem,
  briefingRow,
  deleteItem,
  insertBriefing,
  itemRows,
  listBriefingRows,
  writeBriefing,
  writeItem,
} from '../db/repos/briefings'
import { allItems } from '../export/export-set'
import { gatherQuery, gatherTag } from '../export/gather'
import { readBriefing } from './read-briefing'

const now = (): string => new Date().toISOString()

interface RichText {
  json: string | null
  text: string
}

export function listBriefings(db: Database): BriefingSummary[] {
  return listBriefingRows(db).map((r) => ({
    id: r.id,
    title: r.title,
    quotes: r.quotes,
    updatedAt: r.updated_at,
  }))
}

/** Appends highlights not yet in the briefing; NOT_FOUND names an unknown highlight. */
function appendHighlights(db: Database, id: number, highlightIds: readonly number[]): void {
  const present = new Set(itemRows(db, id).map((r) => r.highlight_id))
  for (const h of highlightIds) {
    if (present.has(h)) continue
    getHighlight(db, h)
    appendItem(db, id, { highlight_id: h, heading: null, comment_json: null, comment_text: '' })
    present.add(h)
  }
}

export function createBriefing(
  db: Database,
  title: string,
  highlightIds: readonly number[] = [],
): Briefing {
  const id = db.transaction(() => {
    const id = insertBriefing(
      db,
      { title: title.trim(), bodyJson: null, bodyText: '', citation: 'inline' },
      now(),
    )
    appendHighlights(db, id, highlightIds)
    return id
  })()
  return readBriefing(db, id)
}

/** Runs `change` in a transaction, touches the briefing, returns it. */
function changing(db: Database, id: number, change: () => void): Briefing {
  db.transaction(() => {
    briefingRow(db, id)
    change()
    writeBriefing(db, briefingRow(db, id), now())
  })()
  return readBriefing(db, id)
}

export function updateBriefing(
  db: Database,
  id: number,
  changes: { title?: string; summary?: RichText; citation?: CitationStyle },
): Briefing {
  db.transaction(() => {
    const row = briefingRow(db, id)
    if (changes.title !== undefined) row.title = changes.title.trim()
    if (changes.summary) {
      row.body_json = changes.summary.json
      row.body_text = changes.summary.text
    }
    if (changes.citation) row.citation_style = changes.citation
    writeBriefing(db, row, now())
  })()
  return readBriefing(db, id)
}

/** A copy titled "… (副本)" with the same items, summary and citation style. */
export function duplicateBriefing(db: Database, id: number): Briefing {
  const copy = db.transaction(() => {
    const row = briefingRow(db, id)
    const copy = insertBriefing(
      db,
      {
        title: `${row.title}（副本）`,
        bodyJson: row.body_json,
        bodyText: row.body_text,
        citation: row.citation_style,
      },
      now(),
    )
    for (const item of itemRows(db, id)) appendItem(db, copy, item)
    return copy
  })()
  return readBriefing(db, copy)
}

/** Deletes a briefing so that `restoreBriefing` can bring it back. */
export function deleteBriefing(db: Database, id: number): { id: number } {
  db.transaction(() => {
    const row = briefingRow(db, id)
    row.deleted_at = now()
    writeBriefing(db, row, row.updated_at)
  })()
  return { id }
}

export function restoreBriefing(db: Database, id: number): Briefing {
  db.transaction(() => {
    const row = briefingRow(db, id, true)
    row.deleted_at = null
    writeBriefing(db, row, row.updated_at)
  })()
  return readBriefing(db, id)
}

export const addHighlights = (
  db: Database,
  id: number,
  highlightIds: readonly number[],
): Briefing => changing(db, id, () => appendHighlights(db, id, highlightIds))

export const addHeading = (db: Database, id: number, text: string): Briefing =>
  changing(db, id, () => {
    appendItem(db, id, {
      highlight_id: null,
      heading: text.trim(),
      comment_json: null,
      comment_text: '',
    })
  })

function itemOf(db: Database, id: number, itemId: number) {
  const item = itemRows(db, id).find((r) => r.id === itemId)
  if (!item) throw new AppException('NOT_FOUND', `Briefing ${id} has no item ${itemId}`)
  return item
}

export function updateItem(
  db: Database,
  id: number,
  itemId: number,
  changes: { heading?: string; comment?: RichText },
): Briefing {
  return changing(db, id, () => {
    const item = itemOf(db, id, itemId)
    if (changes.heading !== undefined) {
      if (item.heading === null)
        throw new AppException('INVALID_INPUT', `Item ${itemId} is a quote, not a heading`)
      item.heading = changes.heading.trim()
    }
    if (changes.comment) {
      item.comment_json = changes.comment.json
      item.comment_text = changes.comment.text
    }
    writeItem(db, item)
  })
}

export const removeItem = (db: Database, id: number, itemId: number): Briefing =>
  changing(db, id, () => {
    itemOf(db, id, itemId)
    deleteItem(db, id, itemId)
  })

/** Puts every item at its index in `itemIds`, which must list each item exactly once. */
export function reorderItems(db: Database, id: number, itemIds: readonly number[]): Briefing {
  return changing(db, id, () => {
    const items = itemRows(db, id)
    const byId = new Map(items.map((r) => [r.id, r]))
    if (
      itemIds.length !== items.length ||
      new Set(itemIds).size !== items.length ||
      itemIds.some((i) => !byId.has(i))
    )
      throw new AppException(
        'INVALID_INPUT',
        `A new order must list each of the briefing's ${items.length} items once`,
      )
    itemIds.forEach((itemId, position) => writeItem(db, { ...byId.get(itemId)!, position }))
  })
}

/** Appends a heading naming the tag or search, then its highlights; nothing when it finds none. */
export function addFrom(
  db: Database,
  id: number,
  source: { kind: 'tag'; name: string } | { kind: 'query'; query: string },
): Briefing {
  return changing(db, id, () => {
    const at = now()
    const set =
      source.kind === 'tag' ? gatherTag(db, source.name, at) : gatherQuery(db, source.query, at)
    const ids = allItems(set).map((i) => i.highlightId)
    if (!ids.length) return
    const heading = source.kind === 'tag' ? source.name.trim() : `检索：${source.query.trim()}`
    appendItem(db, id, { highlight_id: null, heading, comment_json: null, comment_text: '' })
    appendHighlights(db, id, ids)
  })
}
