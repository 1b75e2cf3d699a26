/**
 * Gathers quick-export sets from the library: all highlights of an article,
 * of a tag (and its sub-tags), or of a search. Quick exports of several
 * articles group items under each article's title, in document order.
 */
import type { Database } from 'better-sqlite3'
import type { SearchRequest } from '@shared/calls/search'
import type { Highlight } from '@shared/highlight'
import { AppException } from '@shared/result'
import { getArticle } from '../db/repos/articles'
import { getHighlight, listHighlights } from '../db/repos/highlights'
import { search } from '../search'
import type { ExportItem, ExportSection, ExportSet, ExportSource } from './export-set'

/** Looks up each article's source once. */
export function sourceCache(db: Database): (articleId: number) => ExportSource {
  const cache = new Map<number, ExportSource>()
  return (id) => {
    let s = cache.get(id)
    if (!s) {
      const a = getArticle(db, id)
      s = {
        articleId: a.id,
        title: a.title,
        publication: a.publication,
        date: a.publishedOn,
        page: a.page,
        contentHash: a.contentHash,
      }
      cache.set(id, s)
    }
    return s
  }
}

/** A highlight as an export item. */
export function itemOf(h: Highlight, source: ExportSource): ExportItem {
  return {
    highlightId: h.id,
    quote: h.exact,
    prefix: h.prefix,
    suffix: h.suffix,
    start: h.start,
    end: h.end,
    color: h.color,
    noteText: h.noteText,
    noteJson: h.noteJson,
    tags: h.tags,
    source,
    commentary: '',
  }
}

/** Items grouped by article (one section per article, titled with it), in document order. */
function byArticle(db: Database, highlights: Highlight[]): ExportSection[] {
  const sourceOf = sourceCache(db)
  const sorted = [...highlights].sort((a, b) => a.articleId - b.articleId || a.start - b.start)
  const sections: ExportSection[] = []
  for (const h of sorted) {
    const source = sourceOf(h.articleId)
    const last = sections[sections.length - 1]
    const item = itemOf(h, source)
    if (last && last.items[0]!.source.articleId === h.articleId) last.items.push(item)
    else sections.push({ heading: source.title, items: [item] })
  }
  return sections
}

/** All highlights of one article, under no heading; NOT_FOUND for an unknown article. */
export function gatherArticle(db: Database, articleId: number, now: string): ExportSet {
  const article = getArticle(db, articleId)
  const sourceOf = sourceCache(db)
  const items = listHighlights(db, articleId).map((h) => itemOf(h, sourceOf(h.articleId)))
  return {
    title: `《${article.title}》批注摘录`,
    summary: '',
    sections: items.length ? [{ heading: null, items }] : [],
    createdAt: now,
  }
}

/** Whether `tags` holds `tag` or one of its sub-tags. */
function hasTag(tags: readonly string[], tag: string): boolean {
  return tags.some((t) => t === tag || t.startsWith(`${tag}/`))
}

/** All highlights tagged `tag` or a sub-tag, grouped by article. */
export function gatherTag(db: Database, tag: string, now: string): ExportSet {
  const name = tag.trim()
  const highlights = listHighlights(db).filter((h) => hasTag(h.tags, name))
  return {
    title: `标签“${name}”摘录`,
    summary: '',
    sections: byArticle(db, highlights),
    createdAt: now,
  }
}

/** Most highlights a search export takes (the search's own cap). */
export const QUERY_EXPORT_LIMIT = 1000

/** The highlights (quote or note hits) a search finds, with its filters, grouped by article. */
export function gatherQuery(
  db: Database,
  query: string,
  now: string,
  filters: Omit<SearchRequest, 'query' | 'limit'> = {},
): ExportSet {
  const q = query.trim()
  if (!q) throw new AppException('INVALID_INPUT', 'An export by search needs a query')
  const hits = search(db, { ...filters, query: q, limit: QUERY_EXPORT_LIMIT }).hits
  const ids = [...new Set(hits.filter((h) => h.kind !== 'article').map((h) => h.id))]
  const highlights = ids.map((id) => getHighlight(db, id))
  return {
    title: `检索“${q}”摘录`,
    summary: '',
    sections: byArticle(db, highlights),
    createdAt: now,
  }
}
