/**
 * Searching the library: the query's terms are planned against the FTS5
 * index (exact for single-run terms, verified by substring otherwise),
 * filtered, ranked — highlights and notes before articles, then BM25 (over
 * the newest RANK_WINDOW matches, see rank.ts), then newest first — and
 * turned into hits with marked snippets. Every step reads a bounded number
 * of rows, so a search costs about the same in a library ten times larger.
 */
import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchRequest, SearchResults } from '@shared/calls/search'
import { statement } from '../db/statements'
import { candidateSql, type CandidateSql, type Group } from './candidates'
import { articleOnlyConditions, highlightConditions, type Conditions } from './filters'
import { highlightRankDocs, rankDoc } from './bm25-docs'
import { estimateDf, groupSize } from './doc-frequency'
import { driveByMember } from './drive'
import { fold } from './fold'
import { matchPlan, termMatch, type MatchPlan } from './fts-match'
import { parseQuery, type Term } from './query'
import { idf, rankByBm25 } from './rank'
import { toArticleHit, toHighlightHit, type ArticleRow, type HighlightRow } from './hits'

const DEFAULT_LIMIT = 50

/**
 * BM25 ranks the most recent matches of each group, up to these many (and
 * never fewer than the page): a query matching more is refined, not read
 * through, and the bound keeps every query at typing speed whatever the
 * library's size. Articles are long, and ranking reads the text of those it
 * ranks — the same rows the page's hits are built from — hence two sizes.
 */
export const RANK_WINDOW: Readonly<Record<Group, number>> = { highlights: 200, articles: 50 }

/**
 * Totals are counted up to this many (shown as "200+" beyond), or up to the
 * requested page size when that is larger (`--limit 1000` returns every one
 * of up to 1,000 matches): an exact count reads every match, so its cost
 * would grow with the library, and a filtered search tests every match it
 * reads, so the cap also bounds that. BM25 ranks the newest RANK_WINDOW of
 * the counted matches; the rest follow newest first.
 */
export const COUNT_CAP = 200

const HIGHLIGHT_BY_ID = `SELECT h.id, h.article_id, h.exact, h.note_text, h.color, h.start_offset,
  h.end_offset, a.title, a.publication, coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date
  FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.id = ?`
const ARTICLES_BY_ID = `SELECT a.id, a.title, a.text, a.publication,
  coalesce(a.published_on, substr(a.created_at, 1, 10)) AS date
  FROM json_each(@ids) j JOIN articles a ON a.id = j.value`

function joins(group: Group, c: CandidateSql, needsBody: boolean): string {
  const body = needsBody
    ? ` JOIN search_${group === 'highlights' ? 'highlight' : 'article'}_docs d ON d.id = ${c.rid}`
    : ''
  if (group === 'articles') return ` JOIN articles a ON a.id = ${c.rid}${body}`
  return ` JOIN highlights h ON h.id = ${c.rid}${body}`
}

interface Matches {
  /** The newest matches, newest first: at most the query's cap + 1. */
  ids: number[]
  total: number
  exact: boolean
}

/** One group's newest matches; one pass gives the capped count and the window to rank. */
function newestMatches(
  db: Database,
  group: Group,
  c: CandidateSql,
  needsBody: boolean,
  cap: number,
): Matches {
  const core = `${c.from}${c.needsRow ? joins(group, c, needsBody) : ''}${
    c.where.length ? ` WHERE ${c.where.join(' AND ')}` : ''
  }`
  const ids = (
    statement(db, `SELECT ${c.rid} AS rid ${core} ORDER BY ${c.recency} LIMIT @newest`).all({
      ...c.params,
      newest: cap + 1,
    }) as { rid: number }[]
  ).map((r) => r.rid)
  return { ids, total: Math.min(ids.length, cap), exact: ids.length <= cap }
}

/** Each positive term's idf in `group`; a single term needs no weighing against another. */
function termWeights(db: Database, group: Group, positive: readonly Term[]): number[] {
  if (positive.length <= 1) return positive.map(() => 1)
  const size = groupSize(db, group)
  return positive.map((t) => {
    const m = termMatch(t)
    return m === null ? 1 : idf(estimateDf(db, group, size, m), size.n)
  })
}

/** A parsed query with what every group needs of it. */
interface Query {
  terms: Term[]
  plan: MatchPlan
  needsBody: boolean
  positive: Term[]
  needles: string[]
  limit: number
  /** How many matches are counted and can be returned: COUNT_CAP, or the limit when larger. */
  cap: number
}

/**
 * The page of highlight and note hits, best first, and the group's matches:
 * BM25 ranks the newest RANK_WINDOW.highlights (their bodies are short), and
 * only the page's rows are read in full.
 */
function highlightHits(db: Database, q: Query, req: SearchRequest): [SearchHit[], Matches] {
  const filters = highlightConditions(req)
  const drive = driveByMember(db, 'highlights', q.plan, filters, q.cap + 1)
  const c = candidateSql('highlights', q.terms, q.plan, filters, drive)
  const m = newestMatches(db, 'highlights', c, q.needsBody, q.cap)
  const window = m.ids.slice(0, RANK_WINDOW.highlights)
  const ranked =
    q.needles.length && window.length > 1
      ? rankByBm25(
          highlightRankDocs(db, window, q.needles),
          termWeights(db, 'highlights', q.positive),
          window.length,
        )
      : window
  const ids = [...ranked, ...m.ids.slice(window.length, q.cap)].slice(0, q.limit)
  const byId = statement(db, HIGHLIGHT_BY_ID)
  return [ids.map((id) => toHighlightHit(db, byId.get(id) as HighlightRow, q.needles)), m]
}

/**
 * The page of article hits, best first, and the group's matches: the rows
 * ranked are read once, folded once, and the page's hits built from them.
 */
function articleHits(db: Database, q: Query, filters: Conditions): [SearchHit[], Matches] {
  const drive = driveByMember(db, 'articles', q.plan, filters, q.cap + 1)
  const c = candidateSql('articles', q.terms, q.plan, filters, drive)
  const m = newestMatches(db, 'articles', c, q.needsBody, q.cap)
  const ranked = q.needles.length > 0 && m.ids.length > 1
  const window = m.ids.slice(0, ranked ? Math.max(q.limit, RANK_WINDOW.articles) : q.limit)
  const rows = statement(db, ARTICLES_BY_ID).all({ ids: JSON.stringify(window) }) as ArticleRow[]
  const byId = new Map(rows.map((r) => [r.id, { row: r, folded: fold(r.text) }]))
  const ids = ranked
    ? rankByBm25(
        window.flatMap((id) => {
          const a = byId.get(id)
          return a ? [rankDoc(id, [fold(a.row.title), a.folded], q.needles)] : []
        }),
        termWeights(db, 'articles', q.positive),
        q.limit,
      )
    : window
  const hits = ids.flatMap((id) => {
    const a = byId.get(id)
    return a ? [toArticleHit(db, a.row, q.needles, a.folded)] : []
  })
  return [hits, m]
}

/** Runs a search; results are exactly the documents whose folded text satisfies every term. */
export function search(db: Database, req: SearchRequest): SearchResults {
  const terms = parseQuery(req.query)
  const positive = terms.filter((t) => !t.negative)
  const q: Query = {
    terms,
    plan: matchPlan(terms),
    needsBody: terms.some((t) => !t.exact),
    positive,
    needles: positive.map((t) => t.text),
    limit: req.limit ?? DEFAULT_LIMIT,
    cap: Math.max(COUNT_CAP, req.limit ?? DEFAULT_LIMIT),
  }
  const none: Matches = { ids: [], total: 0, exact: true }
  const [annotations, a] = req.kind !== 'article' ? highlightHits(db, q, req) : [[], none]
  const articleFilters = articleOnlyConditions(req)
  const [articles, b] = articleFilters !== null ? articleHits(db, q, articleFilters) : [[], none]
  return {
    hits: [...annotations, ...articles],
    annotationTotal: a.total,
    articleTotal: b.total,
    annotationTotalExact: a.exact,
    articleTotalExact: b.exact,
  }
}

export type { Term }
