/**
 * Policies repository: the registry of policies, which highlight mentions
 * which policy, and dismissed suggestions. Functions take the connection;
 * callers own transactions.
 */
import type { Database } from 'better-sqlite3'
import type {
  PolicyKind,
  PolicyMention,
  PolicyMentionDate,
  PolicySummary,
} from '@shared/calls/policy'
import { AppException } from '@shared/result'
import { statement } from '../statements'

const ARTICLE_DATE = `coalesce(a.published_on, substr(a.created_at, 1, 10))`

const SUMMARY = `
  SELECT p.id, p.kind, p.label, p.place, p.issuer, p.issued_on AS issued,
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

/** Sets a policy's issuing body ('' = unknown) and issuing date (YYYY-MM-DD, null = unknown). */
export function setIssuing(
  db: Database,
  id: number,
  p: { issuer: string; issued: string | null },
): void {
  statement(db, 'UPDATE policies SET issuer = ?, issued_on = ? WHERE id = ?').run(
    p.issuer,
    p.issued,
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
  /** Only policies issued from / to (YYYY-MM-DD, inclusive); an undated policy fails either. */
  issuedFrom?: string | undefined
  issuedTo?: string | undefined
}

/** The WHERE clause a PolicyFilter makes over p (policies), h (highlights), a (articles). */
const FILTERED = `
      WHERE (@kind IS NULL OR p.kind = @kind) AND (@place IS NULL OR p.place = @place)
        AND (@from IS NULL OR ${ARTICLE_DATE} >= @from)
        AND (@to IS NULL OR ${ARTICLE_DATE} <= @to)
        AND (@issuedFrom IS NULL OR p.issued_on >= @issuedFrom)
        AND (@issuedTo IS NULL OR p.issued_on <= @issuedTo)
        AND (@tag IS NULL OR TAGGED)`

function filterParams(filter: PolicyFilter): Record<string, string | null> {
  return {
    kind: filter.kind ?? null,
    place: filter.place ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    tag: filter.tag ?? null,
    issuedFrom: filter.issuedFrom ?? null,
    issuedTo: filter.issuedTo ?? null,
  }
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
    `${SUMMARY} ${FILTERED.replace('TAGGED', TAGGED)}
      GROUP BY p.id
      HAVING count(m.highlight_id) > 0
      ORDER BY mentions DESC, p.label`,
  ).all(filterParams(filter)) as PolicySummary[]
}

/** Each mention that passes the filter, with its policy's label and place and its article's date. */
export function listMentionDates(db: Database, filter: PolicyFilter = {}): PolicyMentionDate[] {
  return statement(
    db,
    `SELECT p.id AS policyId, p.label, p.place, ${ARTICLE_DATE} AS date
       FROM policies p
       JOIN policy_mentions m ON m.policy_id = p.id
       JOIN highlights h ON h.id = m.highlight_id
       JOIN articles a ON a.id = h.article_id
     ${FILTERED.replace('TAGGED', TAGGED)}
      ORDER BY date, p.id`,
  ).all(filterParams(filter)) as PolicyMentionDate[]
}

/** One policy; throws NOT_FOUND for an unknown id. */
export function getPolicy(db: Database, id: number): PolicySummary {
  const row = statement(db, `${SUMMARY} WHERE p.id = ? GROUP BY p.id`).get(id) as
    PolicySummary | undefined
  if (!row) throw new AppException('NOT_FOUND', `No policy with id ${id}`)
  return row
}

/** The policies labelled `label` (one per place), most mentioned first. */
export function policiesLabelled(db: Database, label: string): PolicySummary[] {
  return statement(
    db,
    `${SUMMARY} WHERE p.label = ? GROUP BY p.id ORDER BY mentions DESC, p.place`,
  ).all(label) as PolicySummary[]
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

/** Moves every mention of `fromId` to `intoId` (which takes an issuing body or date it lacks) and deletes `fromId`. */
export function mergePolicies(db: Database, fromId: number, intoId: number): void {
  // What only the merged-away policy knew about its issuing is kept.
  statement(
    db,
    `UPDATE policies
        SET issuer = CASE WHEN issuer = '' THEN (SELECT issuer FROM policies WHERE id = @from) ELSE issuer END,
            issued_on = coalesce(issued_on, (SELECT issued_on FROM policies WHERE id = @from))
      WHERE id = @into`,
  ).run({ from: fromId, into: intoId })
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
