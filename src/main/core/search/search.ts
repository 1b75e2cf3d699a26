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

const SELECT_HIGHLIGHTS = `h.id, h.article_id, h.exact, h.note_text, h.color, h.start_offset,
  h.end_offset, a.title, a.publication, coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date`
const SELECT_ARTICLES = `a.id, a.title, a.text, a.publication,
  coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date`

function joins(group: Group, needsBody: boolean): string {
  const body = needsBody
    ? ` JOIN search_${group === 'highlights' ? 'highlight' : 'article'}_docs d ON d.id = hits.rid`
    : ''
  return group === 'highlights'
    ? ` JOIN highlights h ON h.id = hits.rid JOIN articles a ON a.id = h.article_id${body}`
    : ` JOIN articles a ON a.id = hits.rid${body}`
}

function run<T>(
  db: Database,
  group: Group,
  c: CandidateSql,
  needsBody: boolean,
  limit: number,
): { rows: T[]; total: number } {
  const where = c.where.length ? ` WHERE ${c.where.join(' AND ')}` : ''
  const core = `FROM (${c.from}) hits${joins(group, needsBody)}${where}`
  const select = group === 'highlights' ? SELECT_HIGHLIGHTS : SELECT_ARTICLES
  const rows = statement(
    db,
    `SELECT ${select} ${core} ORDER BY hits.score, hits.rid DESC LIMIT @limit`,
  ).all({ ...c.params, limit }) as T[]
  const total =
    rows.length < limit
      ? rows.length
      : (statement(db, `SELECT count(*) AS n ${core}`).get(c.params) as { n: number }).n
  return { rows, total }
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
  if (req.kind !== 'article') {
    const c = candidateSql('highlights', terms, plan, highlightConditions(req))
    const r = run<HighlightRow>(db, 'highlights', c, needsBody, limit)
    annotationTotal = r.total
    for (const row of r.rows) hits.push(toHighlightHit(db, row, positive))
  }
  const articleFilters = articleOnlyConditions(req)
  if (articleFilters !== null) {
    const c = candidateSql('articles', terms, plan, articleFilters)
    const r = run<ArticleRow>(db, 'articles', c, needsBody, limit)
    articleTotal = r.total
    for (const row of r.rows) hits.push(toArticleHit(db, row, positive))
  }
  return { hits, annotationTotal, articleTotal }
}

export type { Term }
