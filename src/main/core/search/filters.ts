/**
 * SQL conditions for the search filters, as fixed fragments with named
 * parameters (values are always bound, never spliced). `h` is the highlight
 * row (absent for article results), `a` the article row.
 */
import type { SearchRequest } from '../../../shared/calls/search'

export interface Conditions {
  sql: string[]
  params: Record<string, string | number>
  /** True when a condition reads the article row `a` (highlight results join it only then). */
  needsArticle: boolean
}

const TAG_TREE = `WITH RECURSIVE tree(id) AS (
    SELECT id FROM tags WHERE name = @tag
    UNION SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree`

const ARTICLE_DATE = `coalesce(a.published_on, substr(a.created_at, 1, 10))`

/** Conditions shared by both groups (on the article). */
function articleConditions(req: SearchRequest, c: Conditions): void {
  const before = c.sql.length
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
    c.sql.push(`substr(${ARTICLE_DATE}, 1, length(@to)) <= @to`)
    c.params.to = req.to
  }
  if (c.sql.length > before) c.needsArticle = true
}

/** Conditions for highlight and note results. */
export function highlightConditions(req: SearchRequest): Conditions {
  const c: Conditions = { sql: [], params: {}, needsArticle: false }
  articleConditions(req, c)
  if (req.tag !== undefined) {
    c.sql.push(`EXISTS (SELECT 1 FROM highlight_tags ht WHERE ht.highlight_id = h.id
      AND ht.tag_id IN (${TAG_TREE}))`)
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
  const c: Conditions = { sql: [], params: {}, needsArticle: false }
  articleConditions(req, c)
  if (req.tag !== undefined) {
    c.sql.push(`EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id
      AND x.tag_id IN (${TAG_TREE}))`)
    c.params.tag = req.tag
  }
  return c
}
