/**
 * The export set: everything an export format needs, gathered from the
 * library once, so each format is a pure function from this to bytes.
 * Sections carry an optional heading (a briefing's headings, or an article
 * title when a quick export groups by article); items keep their citation.
 */
import type { PolicySummary } from '@shared/calls/policy'
import type { HighlightColor } from '@shared/highlight'

/** Where a quote comes from: the article and its print metadata. */
export interface ExportSource {
  articleId: number
  title: string
  publication: string | null
  /** ISO date ("2023-05-20", "2023-05" or "2023") or null. */
  date: string | null
  page: string | null
  /** The article's content hash: how a colleague's library recognises the same text. */
  contentHash: string
}

/** One highlight with its note, tags and source. */
export interface ExportItem {
  highlightId: number
  quote: string
  prefix: string
  suffix: string
  /** UTF-16 offsets into the article's text. */
  start: number
  end: number
  color: HighlightColor
  noteText: string
  noteJson: string | null
  tags: string[]
  source: ExportSource
  /** A briefing's commentary written after the quote; empty in quick exports. */
  commentary: string
}

export interface ExportSection {
  /** Null for items that sit under no heading. */
  heading: string | null
  items: ExportItem[]
}

/** A policy of a policy export, with the highlights that mention it. */
export interface ExportPolicy extends Omit<PolicySummary, 'id'> {
  highlightIds: number[]
}

export interface ExportSet {
  title: string
  /** Plain-text summary shown under the title; empty when none. */
  summary: string
  sections: ExportSection[]
  /** Only in a policy export: the policies its highlights mention (CSV and JSON carry their fields). */
  policies?: ExportPolicy[]
  /** ISO timestamp of the export, written into front matter and metadata. */
  createdAt: string
}

/** Citations: a short source line after each quote, or numbered endnotes. */
export type CitationStyle = 'inline' | 'endnotes'
/** Layout of the Word export: plain, or the official-document format GB/T 9704. */
export type DocumentStyle = 'plain' | 'official'

export interface ExportOptions {
  citation: CitationStyle
  style: DocumentStyle
}

export const DEFAULT_OPTIONS: ExportOptions = { citation: 'inline', style: 'plain' }

/** Every item of the set, in order. */
export function allItems(set: ExportSet): ExportItem[] {
  return set.sections.flatMap((s) => s.items)
}
