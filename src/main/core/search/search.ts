/**
 * Searching the library: the query's terms are planned against the FTS5
 * index (exact for single-run terms, verified by substring otherwise),
 * filtered, ranked — highlights and notes before articles, then BM25, then
 * newest first — and turned into hits with marked snippets.
 */
import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchRequest, SearchResults } from '../../../shared/calls/search'
import { statement } from '../db/statements'
import { candidateSql, type CandidateSql, type Group } from './candidates'
import { articleOnlyConditions, highlightConditions } from './filters'
import { matchPlan } from './fts-match'
import { parseQuery, type Term } from './query'
import { toArticleHit, toHighlightHit, type ArticleRow, type HighlightRow } from './hits'

const DEFAULT_LIMIT = 50

/**
 * BM25 ranks the most recent RANK_WINDOW matches (all of them, for most
 * queries): a query matching more is refined, not read through, and the
 * bound keeps every query at typing speed.
 */
export const RANK_WINDOW = 1000

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
  const article = c.needsArticle ? ' JOIN articles a ON a.id = h.article_id' : ''
  return ` JOIN highlights h ON h.id = ${c.rid}${article}${body}`
}

/** The ranked ids of one group's matches (at most `limit`) and how many match in all. */
function rankedIds(
  db: Database,
  group: Group,
  c: CandidateSql,
  needsBody: boolean,
  limit: number,
): { ids: number[]; total: number; exact: boolean } {
  // Filters and substring checks need the rows; a bare index lookup does not.
  const core = `${c.from}${c.filtered ? joins(group, c, needsBody) : ''}${
    c.where.length ? ` WHERE ${c.where.join(' AND ')}` : ''
  }`
  const score = c.score ?? '0'
  if (c.filtered || !c.singleToken) {
    // One pass over the newest COUNT_CAP + 1 matches gives the (capped) count and the ranking.
    const rows = statement(
      db,
      `SELECT ${c.rid} AS rid, ${score} AS score ${core} ORDER BY ${c.recency} LIMIT ${COUNT_CAP + 1}`,
    ).all(c.params) as { rid: number; score: number }[]
    const exact = rows.length <= COUNT_CAP
    const window = rows.slice(0, COUNT_CAP)
    return { ids: topIds(window, limit), total: window.length, exact }
  }
  const total = (statement(db, `SELECT count(*) AS n ${core}`).get(c.params) as { n: number }).n
  if (total === 0) return { ids: [], total, exact: true }
  if (c.score === null) {
    const rows = statement(
      db,
      `SELECT ${c.rid} AS rid ${core} ORDER BY ${c.recency} LIMIT @limit`,
    ).all({ ...c.params, limit }) as { rid: number }[]
    return { ids: rows.map((r) => r.rid), total, exact: true }
  }
  const rows = statement(
    db,
    `SELECT ${c.rid} AS rid, ${score} AS score ${core} ORDER BY ${c.recency} LIMIT ${RANK_WINDOW}`,
  ).all(c.params) as { rid: number; score: number }[]
  return { ids: topIds(rows, limit), total, exact: true }
}

/** Best `limit` ids: lowest score (BM25) first, then newest. */
function topIds(rows: { rid: number; score: number }[], limit: number): number[] {
  return [...rows]
    .sort((x, y) => x.score - y.score || y.rid - x.rid)
    .slice(0, limit)
    .map((r) => r.rid)
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
    const r = rankedIds(db, 'highlights', c, needsBody, limit)
    annotationTotal = r.total
    annotationTotalExact = r.exact
    const byId = statement(db, HIGHLIGHT_BY_ID)
    for (const id of r.ids) hits.push(toHighlightHit(db, byId.get(id) as HighlightRow, positive))
  }
  const articleFilters = articleOnlyConditions(req)
  if (articleFilters !== null) {
    const c = candidateSql('articles', terms, plan, articleFilters)
    const r = rankedIds(db, 'articles', c, needsBody, limit)
    articleTotal = r.total
    articleTotalExact = r.exact
    const byId = statement(db, ARTICLE_BY_ID)
    for (const id of r.ids) hits.push(toArticleHit(db, byId.get(id) as ArticleRow, positive))
  }
  return { hits, annotationTotal, articleTotal, annotationTotalExact, articleTotalExact }
}

export type { Term }
