/**
 * What a person does with policy points: see the suggestions left in an
 * article, accept one (a highlight tagged 政策要点/<label>, linked to the
 * policy with that kind, label and place), accept all, dismiss one (kept, so
 * it is not suggested again), merge two policies or split a mention out.
 * Each is one transaction.
 */
import type { Database } from 'better-sqlite3'
import type { Highlight } from '@shared/highlight'
import type { PolicyCandidate, PolicyKind, PolicySummary } from '@shared/calls/policy'
import { AppException } from '@shared/result'
import { getArticle } from '../db/repos/articles'
import {
  dropUnmentioned,
  ensurePolicy,
  getPolicy,
  linkMention,
  mentionRanges,
  mergePolicies,
  policyOfHighlight,
  setIssuing,
} from '../db/repos/policies'
import { insertDismissal, listDismissals } from '../db/repos/policy-dismissals'
import { describeRange } from '../anchoring'
import { createHighlight } from '../highlights/highlights'
import { getHighlight } from '../db/repos/highlights'
import { detectPolicyPoints } from '../policy'
import { isDismissed, placeDismissals } from './dismissed'
import { issuerFromContext } from './issuer-context'
import { placeOf } from './place'

/** The tag every accepted policy point carries, under which its label sits. */
export const POLICY_TAG = '政策要点'

/** The colour policy-point highlights are made in. */
const POLICY_COLOR = 'blue'

const overlaps = (s: { start: number; end: number }, [a, b]: [number, number]): boolean =>
  s.start < b && s.end > a

/** The recognizer's spans in an article minus those dismissed or already accepted. */
export function candidatesFor(db: Database, articleId: number): PolicyCandidate[] {
  const article = getArticle(db, articleId)
  const taken = mentionRanges(db, articleId)
  const dismissed = placeDismissals(article.text, listDismissals(db, articleId))
  return detectPolicyPoints(article.text, article.title)
    .filter((s) => !taken.some((r) => overlaps(s, r)) && !isDismissed(s, dismissed))
    .map((s) => {
      const issuer = issuerFromContext(article.text, s.start)
      return issuer ? { ...s, issuer } : s
    })
}

export interface Acceptance {
  articleId: number
  start: number
  end: number
  label: string
  kind: PolicyKind
  /** Overrides the place found in the article. */
  place?: string
}

/** Makes [start, end) a policy-point highlight and links it to its policy (which takes the issuing body the text names, if it has none). */
export function acceptPolicyPoint(
  db: Database,
  a: Acceptance,
): { highlight: Highlight; policyId: number } {
  return db.transaction(() => {
    const article = getArticle(db, a.articleId)
    if (a.end <= a.start || a.end > article.text.length) {
      throw new AppException(
        'INVALID_INPUT',
        `article ${a.articleId}: ${a.start}-${a.end} is not a range inside its ${article.text.length} characters`,
      )
    }
    const now = new Date().toISOString()
    const place = (a.place ?? placeOf(article)).trim()
    const highlight = createHighlight(db, {
      articleId: a.articleId,
      start: a.start,
      end: a.end,
      color: POLICY_COLOR,
      tags: [`${POLICY_TAG}/${a.label.replaceAll('/', '／')}`],
    })
    const policyId = ensurePolicy(db, { kind: a.kind, label: a.label, place }, now)
    linkMention(db, highlight.id, policyId)
    const issuer = issuerFromContext(article.text, a.start)
    const policy = getPolicy(db, policyId)
    if (issuer && policy.issuer === '') setIssuing(db, policyId, { issuer, issued: policy.issued })
    return { highlight: getHighlight(db, highlight.id), policyId }
  })()
}

/** Accepts every suggestion left in the article; returns how many. */
export function acceptAll(db: Database, articleId: number): number {
  return db.transaction(() => {
    const candidates = candidatesFor(db, articleId)
    for (const c of candidates) acceptPolicyPoint(db, { articleId, ...c })
    return candidates.length
  })()
}

/** Remembers that a suggestion was dismissed; false when it already was. */
export function dismissPolicyPoint(
  db: Database,
  d: { articleId: number; start: number; end: number; kind: PolicyKind; label: string },
): boolean {
  return db.transaction(() => {
    const { text } = getArticle(db, d.articleId)
    if (d.end <= d.start || d.end > text.length) {
      throw new AppException(
        'INVALID_INPUT',
        `article ${d.articleId}: ${d.start}-${d.end} is not a range inside its ${text.length} characters`,
      )
    }
    const dismissed = placeDismissals(text, listDismissals(db, d.articleId))
    if (isDismissed(d, dismissed)) return false
    const quote = describeRange(text, d.start, d.end)
    insertDismissal(
      db,
      d.articleId,
      { ...quote, kind: d.kind, label: d.label },
      new Date().toISOString(),
    )
    return true
  })()
}

/** Folds policy `fromId` into `intoId`. */
export function mergePolicy(db: Database, fromId: number, intoId: number): PolicySummary {
  return db.transaction(() => {
    if (fromId === intoId)
      throw new AppException('INVALID_INPUT', 'a policy cannot be merged into itself')
    const from = getPolicy(db, fromId)
    const into = getPolicy(db, intoId)
    if (from.kind !== into.kind) {
      throw new AppException(
        'INVALID_INPUT',
        `cannot merge a ${from.kind} policy into a ${into.kind} policy`,
      )
    }
    mergePolicies(db, fromId, intoId)
    return getPolicy(db, intoId)
  })()
}

/** Moves one mention into the policy named `label` (same kind and place). */
export function splitMention(db: Database, highlightId: number, label: string): PolicySummary {
  return db.transaction(() => {
    getHighlight(db, highlightId)
    const current = policyOfHighlight(db, highlightId)
    if (current === null) {
      throw new AppException('INVALID_INPUT', `highlight ${highlightId} is not a policy point`)
    }
    const from = getPolicy(db, current)
    const id = ensurePolicy(
      db,
      { kind: from.kind, label, place: from.place },
      new Date().toISOString(),
    )
    linkMention(db, highlightId, id)
    dropUnmentioned(db)
    return getPolicy(db, id)
  })()
}
