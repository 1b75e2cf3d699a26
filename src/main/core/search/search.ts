/**
 * Searching the library: the query's terms are planned against the FTS5
 * index (exact for single-run terms, verified by substring otherwise),
 * filtered, ranked — highlights and notes before articles, then BM25 (over
 * the newest RANK_WINDOW matches), then newest first — and turned into hits with marked snippets.
 */
import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchRequest, SearchResults } from '@shared/calls/search'
import { statement } from '../db/statements'
import { candidateSql, type CandidateSql, type Group } from './candidates'
import { articleOnlyConditions, highlightConditions } from './filters'
import { matchPlan } from './fts-match'
import { parseQuery, type Term } from './query'
import { rankByBm25 } from './rank'
import { toArticleHit, toHighlightHit, type ArticleRow, type HighlightRow } from './hits'

const DEFAULT_LIMIT = 50

/**
 * BM25 ranks the most recent RANK_WINDOW matches: a query matching more is
 * refined, not read through, and the bound keeps every query at typing speed.
 */
export const RANK_WINDOW = 200

/**
 * Searches whose count would evaluate every candidate — filters, substring
 * checks, phrases of several bigrams, several index terms — count up to this
 * many; a single index token is counted exactly from its doclist.
 */
export const COUNT_CAP = 500

const HIGHLIGHT_BY_ID = `SELECT h.id, h.article_id, h.exact, h.note_text, h.color, h.start_offset,
  h.end_offset, a.title, a.publication, coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date
  FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.id = ?`
const ARTICLE_BY_ID = `SELECT a.id, a.title, a.text, a.publication,
  coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date FROM articles a WHERE a.id = ?`

function joins(group: Group, c: CandidateSql, needsBody: boolean): string {
  const body = needsBody
    ? ` JOIN search_${group === 'highlights' ? 'highlight' : 'article'}_docs d ON d.id = ${c.rid}`
    : ''
  if (group === 'articles') return ` JOIN articles a ON a.id = ${c.rid}${body}`
  return ` JOIN highlights h ON h.id = ${c.rid}${body}`
}

/** The ranked ids of one group's matches (at most `limit`) and how many match in all. */
function rankedIds(
  db: Database,
  group: Group,
  c: CandidateSql,
  needsBody: boolean,
  limit: number,
  rankMatch: string | null,
): { ids: number[]; total: number; exact: boolean } {
  // Filters and substring checks need the rows; a bare index lookup does not.
  const core = `${c.from}${c.filtered ? joins(group, c, needsBody) : ''}${
    c.where.length ? ` WHERE ${c.where.join(' AND ')}` : ''
  }`
  const newest = (n: number): number[] =>
    (
      statement(db, `SELECT ${c.rid} AS rid ${core} ORDER BY ${c.recency} LIMIT @newest`).all({
        ...c.params,
        newest: n,
      }) as { rid: number }[]
    ).map((r) => r.rid)
  const rank = (ids: number[]): number[] =>
    rankMatch !== null
      ? rankByBm25(db, rankMatch, c.base, ids.slice(0, RANK_WINDOW), limit)
      : ids.slice(0, limit)
  if (c.filtered || !c.singleToken) {
    // One pass over the newest COUNT_CAP + 1 matches gives the (capped) count and the window.
    const ids = newest(COUNT_CAP + 1)
    const exact = ids.length <= COUNT_CAP
    const window = ids.slice(0, COUNT_CAP)
    return { ids: rank(window), total: window.length, exact }
  }
  const total = (statement(db, `SELECT count(*) AS n ${core}`).get(c.params) as { n: number }).n
  if (total === 0) return { ids: [], total, exact: true }
  return { ids: rank(newest(rankMatch !== null ? RANK_WINDOW : limit)), total, exact: true }
}

/** Runs a search; results are exactly the documents whose folded text satisfies every term. */
export function search(db: Database, req: SearchRequest): SearchResults {
  const terms = parseQuery(req.query)
  const limit = req.limit ?? DEFAULT_LIMIT
  const plan = matchPlan(terms)
  const needsBody = terms.some((t) => !t.exact)
  const positive = terms.filter((t) => !t.negative).map((t) => t.text)

  const hits: SearchHit[] = []
  let annotationTotal = 0
  let articleTotal = 0
  let annotationTotalExact = true
  let articleTotalExact = true
  if (req.kind !== 'article') {
    const c = candidateSql('highlights', terms, plan, highlightConditions(req))
    const r = rankedIds(db, 'highlights', c, needsBody, limit, plan.rank)
    annotationTotal = r.total
    annotationTotalExact = r.exact
    const byId = statement(db, HIGHLIGHT_BY_ID)
    for (const id of r.ids) hits.push(toHighlightHit(db, byId.get(id) as HighlightRow, positive))
  }
  const articleFilters = articleOnlyConditions(req)
  if (articleFilters !== null) {
    const c = candidateSql('articles', terms, plan, articleFilters)
    const r = rankedIds(db, 'articles', c, needsBody, limit, plan.rank)
    articleTotal = r.total
    articleTotalExact = r.exact
    const byId = statement(db, ARTICLE_BY_ID)
    for (const id of r.ids) hits.push(toArticleHit(db, byId.get(id) as ArticleRow, positive))
  }
  return { hits, annotationTotal, articleTotal, annotationTotalExact, articleTotalExact }
}

export type { Term }
