/**
 * SQL conditions for the search filters, as fixed fragments with named
 * parameters (values are always bound, never spliced). `h` is the highlight
 * row (absent for article results), `a` the article row.
 *
 * The index lookup drives every search (newest match first), so each
 * filter is written as a check that costs next to nothing per match; a tag
 * is written both ways, as the set of tagged ids that can drive the query
 * instead and as a per-match test, and search.ts picks one; a highlight's
 * article conditions are membership of its article_id in the set of
 * articles that pass them (read once through articles_date, see
 * 0007_search_folding.sql) — never a per-match read of the article row,
 * whose long text makes it the most expensive row in the library.
 */
import type { SearchRequest } from '@shared/calls/search'

/** A set every match must belong to (the tag filter, with its sub-tags). */
export interface Membership {
  /** The set's ids, as a subquery. */
  set: string
  /** A test that the id given as an SQL expression is in the set, for one row at a time. */
  test: (id: string) => string
}

export interface Conditions {
  /** Per-row conditions on the group's row (`h` or `a`), which must be joined. */
  sql: string[]
  /**
   * Subqueries of the group's ids every match must be in, tested against the
   * match's id (each set is read once, through an index), so no row is joined.
   */
  idSets: string[]
  params: Record<string, string | number>
  member: Membership | null
}

const TAG_TREE = `WITH RECURSIVE tree(id) AS (
    SELECT id FROM tags WHERE name = @tag
    UNION SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree`

const ARTICLE_DATE = `coalesce(a.published_on, substr(a.created_at, 1, 10))`

/** Conditions shared by both groups (on the article). */
function articleConditions(req: SearchRequest, c: Conditions): void {
  if (req.articleId !== undefined) {
    c.sql.push('a.id = @articleId')
    c.params.articleId = req.articleId
  }
  if (req.publication !== undefined) {
    c.sql.push('a.publication = @publication')
    c.params.publication = req.publication
  }
  if (req.from !== undefined) {
    c.sql.push(`${ARTICLE_DATE} >= @from`)
    c.params.from = req.from
  }
  if (req.to !== undefined) {
    // `to` is inclusive at its own precision: 2024-03 includes 2024-03-31.
    // The first condition (implied by the second) lets articles_date bound the scan.
    c.sql.push(`${ARTICLE_DATE} < @to || char(1114111)`)
    c.sql.push(`substr(${ARTICLE_DATE}, 1, length(@to)) <= @to`)
    c.params.to = req.to
  }
}

/** Conditions for highlight and note results. */
export function highlightConditions(req: SearchRequest): Conditions {
  const c: Conditions = { sql: [], idSets: [], params: {}, member: null }
  const onArticle: Conditions = { sql: [], idSets: [], params: c.params, member: null }
  articleConditions(req, onArticle)
  if (onArticle.sql.length) {
    c.sql.push(`h.article_id IN (SELECT a.id FROM articles a WHERE ${onArticle.sql.join(' AND ')})`)
  }
  if (req.tag !== undefined) {
    c.member = {
      set: `SELECT ht.highlight_id FROM highlight_tags ht WHERE ht.tag_id IN (${TAG_TREE})`,
      // `+ht.tag_id`: look up the few tags of one highlight by the primary key, then
      // compare, rather than probing the tag index once per tag of the tree.
      test: (id) => `EXISTS (SELECT 1 FROM highlight_tags ht
        WHERE ht.highlight_id = ${id} AND +ht.tag_id IN (${TAG_TREE}))`,
    }
    c.params.tag = req.tag
  }
  if (req.color !== undefined) {
    c.sql.push('h.color = @color')
    c.params.color = req.color
  }
  if (req.hasNote === true || req.kind === 'note') c.sql.push("h.note_text <> ''")
  if (req.hasNote === false) c.sql.push("h.note_text = ''")
  return c
}

/** Conditions for article results, or null when the filters rule articles out. */
export function articleOnlyConditions(req: SearchRequest): Conditions | null {
  if (req.color !== undefined || req.hasNote !== undefined) return null
  if (req.kind !== undefined && req.kind !== 'article') return null
  const c: Conditions = { sql: [], idSets: [], params: {}, member: null }
  const onArticle: Conditions = { sql: [], idSets: [], params: c.params, member: null }
  articleConditions(req, onArticle)
  // Dates and an article id select through an index (articles_date, the key), so the
  // matching ids are read once; publication has no index and is checked on each row.
  if (req.publication !== undefined) c.sql.push(...onArticle.sql)
  else if (onArticle.sql.length) {
    c.idSets.push(`SELECT a.id FROM articles a WHERE ${onArticle.sql.join(' AND ')}`)
  }
  if (req.tag !== undefined) {
    c.member = {
      set: `SELECT x.article_id FROM article_tags x WHERE x.tag_id IN (${TAG_TREE})`,
      test: (id) => `EXISTS (SELECT 1 FROM article_tags x
        WHERE x.article_id = ${id} AND +x.tag_id IN (${TAG_TREE}))`,
    }
    c.params.tag = req.tag
  }
  return c
}
