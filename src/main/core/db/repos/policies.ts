/**
 * Policies repository: the registry of policies, which highlight mentions
 * which policy, and dismissed suggestions. Functions take the connection;
 * callers own transactions.
 */
import type { Database } from 'better-sqlite3'
import type { PolicyKind, PolicyMention, PolicySummary } from '@shared/calls/policy'
import { AppException } from '@shared/result'
import { statement } from '../statements'

const ARTICLE_DATE = `coalesce(a.published_on, substr(a.created_at, 1, 10))`

const SUMMARY = `
  SELECT p.id, p.kind, p.label, p.place,
         count(m.highlight_id) AS mentions,
         count(DISTINCT h.article_id) AS articles,
         min(${ARTICLE_DATE}) AS firstDate,
         max(${ARTICLE_DATE}) AS lastDate
    FROM policies p
    LEFT JOIN policy_mentions m ON m.policy_id = p.id
    LEFT JOIN highlights h ON h.id = m.highlight_id
    LEFT JOIN articles a ON a.id = h.article_id`

/** The id of the policy (kind, label, place), or null when there is none. */
export function findPolicy(
  db: Database,
  p: { kind: PolicyKind; label: string; place: string },
): number | null {
  const row = statement(
    db,
    'SELECT id FROM policies WHERE kind = ? AND label = ? AND place = ?',
  ).get(p.kind, p.label, p.place) as { id: number } | undefined
  return row?.id ?? null
}

/** Sets a policy's kind, label and place; the caller makes sure no other policy has them. */
export function renamePolicy(
  db: Database,
  id: number,
  p: { kind: PolicyKind; label: string; place: string },
): void {
  statement(db, 'UPDATE policies SET kind = ?, label = ?, place = ? WHERE id = ?').run(
    p.kind,
    p.label,
    p.place,
    id,
  )
}

/** The highlights that mention policy `id`. */
export function mentionHighlightIds(db: Database, id: number): number[] {
  return (
    statement(db, 'SELECT highlight_id AS h FROM policy_mentions WHERE policy_id = ?').all(id) as {
      h: number
    }[]
  ).map((r) => r.h)
}

/** The id of the policy (kind, label, place), creating it when new. */
export function ensurePolicy(
  db: Database,
  p: { kind: PolicyKind; label: string; place: string },
  now: string,
): number {
  const row = statement(
    db,
    'SELECT id FROM policies WHERE kind = ? AND label = ? AND place = ?',
  ).get(p.kind, p.label, p.place) as { id: number } | undefined
  if (row) return row.id
  return Number(
    statement(db, 'INSERT INTO policies (kind, label, place, created_at) VALUES (?, ?, ?, ?)').run(
      p.kind,
      p.label,
      p.place,
      now,
    ).lastInsertRowid,
  )
}

/** Records that highlight `highlightId` mentions policy `policyId` (moving it if it mentioned another). */
export function linkMention(db: Database, highlightId: number, policyId: number): void {
  statement(
    db,
    `INSERT INTO policy_mentions (highlight_id, policy_id) VALUES (?, ?)
     ON CONFLICT (highlight_id) DO UPDATE SET policy_id = excluded.policy_id`,
  ).run(highlightId, policyId)
}

/** The policy a highlight mentions, or null. */
export function policyOfHighlight(db: Database, highlightId: number): number | null {
  const row = statement(db, 'SELECT policy_id FROM policy_mentions WHERE highlight_id = ?').get(
    highlightId,
  ) as { policy_id: number } | undefined
  return row?.policy_id ?? null
}

export interface PolicyFilter {
  kind?: PolicyKind | undefined
  place?: string | undefined
  /** Only mentions in articles dated from / to (YYYY-MM-DD, inclusive). */
  from?: string | undefined
  to?: string | undefined
  /** Only mentions whose highlight carries this tag or one under it (by name). */
  tag?: string | undefined
}

const TAGGED = `h.id IN (
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM tags WHERE name = @tag
      UNION SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
    SELECT ht.highlight_id FROM highlight_tags ht WHERE ht.tag_id IN (SELECT id FROM tree))`

/** Every policy with a mention that passes the filter, most mentioned first; counts and dates are of those mentions. */
export function listPolicies(db: Database, filter: PolicyFilter = {}): PolicySummary[] {
  return statement(
    db,
    `${SUMMARY}
      WHERE (@kind IS NULL OR p.kind = @kind) AND (@place IS NULL OR p.place = @place)
        AND (@from IS NULL OR ${ARTICLE_DATE} >= @from)
        AND (@to IS NULL OR ${ARTICLE_DATE} <= @to)
        AND (@tag IS NULL OR ${TAGGED})
      GROUP BY p.id
      HAVING count(m.highlight_id) > 0
      ORDER BY mentions DESC, p.label`,
  ).all({
    kind: filter.kind ?? null,
    place: filter.place ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    tag: filter.tag ?? null,
  }) as PolicySummary[]
}

/** One policy; throws NOT_FOUND for an unknown id. */
export function getPolicy(db: Database, id: number): PolicySummary {
  const row = statement(db, `${SUMMARY} WHERE p.id = ? GROUP BY p.id`).get(id) as
    PolicySummary | undefined
  if (!row) throw new AppException('NOT_FOUND', `No policy with id ${id}`)
  return row
}

/** Every mention of a policy with `context` characters either side, oldest article first. */
export function policyMentions(db: Database, id: number, context = 40): PolicyMention[] {
  const rows = statement(
    db,
    `SELECT h.id AS highlightId, h.article_id AS articleId, a.title AS articleTitle,
            ${ARTICLE_DATE} AS date, h.start_offset AS start, h.end_offset AS end, a.text AS text
       FROM policy_mentions m
       JOIN highlights h ON h.id = m.highlight_id
       JOIN articles a ON a.id = h.article_id
      WHERE m.policy_id = ?
      ORDER BY date, h.article_id, h.start_offset`,
  ).all(id) as (Omit<PolicyMention, 'before' | 'exact' | 'after'> & { text: string })[]
  return rows.map(({ text, ...r }) => ({
    ...r,
    before: text.slice(Math.max(0, r.start - context), r.start),
    exact: text.slice(r.start, r.end),
    after: text.slice(r.end, r.end + context),
  }))
}

/** Moves every mention of `fromId` to `intoId` and deletes `fromId`. */
export function mergePolicies(db: Database, fromId: number, intoId: number): void {
  statement(db, 'UPDATE policy_mentions SET policy_id = ? WHERE policy_id = ?').run(intoId, fromId)
  statement(db, 'DELETE FROM policies WHERE id = ?').run(fromId)
}

/** Deletes policies no highlight mentions any more (after deletes, merges and splits). */
export function dropUnmentioned(db: Database): void {
  statement(
    db,
    'DELETE FROM policies WHERE id NOT IN (SELECT DISTINCT policy_id FROM policy_mentions)',
  ).run()
}

/** Remembers a dismissed suggestion; false when it was already dismissed. */
export function insertDismissal(
  db: Database,
  d: { articleId: number; start: number; end: number; kind: PolicyKind; label: string },
  now: string,
): boolean {
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO policy_dismissals (article_id, start_offset, end_offset, kind, label, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(d.articleId, d.start, d.end, d.kind, d.label, now).changes > 0
  )
}

/** The dismissed [start, end) ranges of an article. */
export function dismissedRanges(db: Database, articleId: number): [number, number][] {
  return (
    statement(
      db,
      'SELECT start_offset AS s, end_offset AS e FROM policy_dismissals WHERE article_id = ?',
    ).all(articleId) as { s: number; e: number }[]
  ).map((r) => [r.s, r.e])
}

/** The [start, end) ranges of an article's highlights that mention a policy. */
export function mentionRanges(db: Database, articleId: number): [number, number][] {
  return (
    statement(
      db,
      `SELECT h.start_offset AS s, h.end_offset AS e
         FROM policy_mentions m JOIN highlights h ON h.id = m.highlight_id
        WHERE h.article_id = ?`,
    ).all(articleId) as { s: number; e: number }[]
  ).map((r) => [r.s, r.e])
}
