/**
 * Policy points made by hand: marking any existing highlight as a mention of
 * a policy (kind, label, place), and editing a policy's fields afterwards.
 * A mention's highlight always carries exactly one 政策要点/<label> tag, kept
 * in step with its policy's label. Each is one transaction.
 */
import type { Database } from 'better-sqlite3'
import type { Highlight } from '@shared/highlight'
import type { PolicyKind, PolicySummary } from '@shared/calls/policy'
import { IsoDate } from '@shared/calls/review'
import { AppException } from '@shared/result'
import { getArticle } from '../db/repos/articles'
import { getHighlight } from '../db/repos/highlights'
import {
  dropUnmentioned,
  ensurePolicy,
  findPolicy,
  getPolicy,
  linkMention,
  mentionHighlightIds,
  mergePolicies,
  renamePolicy,
  setIssuing,
} from '../db/repos/policies'
import { setHighlightTags } from '../db/repos/tags'
import { placeOf } from './place'
import { POLICY_TAG } from './registry'

export interface PolicyFields {
  kind: PolicyKind
  label: string
  /** Issuing place ('' when unknown). */
  place: string
  /** Issuing body ('' = unknown); undefined leaves it as it is. */
  issuer?: string | undefined
  /** Issuing date YYYY-MM-DD, null = unknown; undefined leaves it as it is. */
  issued?: string | null | undefined
}

/** What marking takes: the fields, where an omitted place is the one the article is about. */
export type MarkFields = Omit<PolicyFields, 'place'> & { place?: string | undefined }

/** The tag a mention of `label` carries ('/' in a label would make a sub-tag, so it becomes '／'). */
export function policyTag(label: string): string {
  return `${POLICY_TAG}/${label.replaceAll('/', '／')}`
}

/** `tags` without any policy-point tag, plus the one for `label`. */
function retagged(tags: readonly string[], label: string): string[] {
  const kept = tags.filter((t) => t !== POLICY_TAG && !t.startsWith(`${POLICY_TAG}/`))
  return [...kept, policyTag(label)]
}

/** Makes highlight `highlightId` a mention of the policy with `fields` (moving it if it mentioned another). */
export function markHighlight(
  db: Database,
  highlightId: number,
  fields: MarkFields,
): { highlight: Highlight; policyId: number } {
  return db.transaction(() => {
    const now = new Date().toISOString()
    const h = getHighlight(db, highlightId)
    const place = (fields.place ?? placeOf(getArticle(db, h.articleId))).trim()
    const label = fields.label.trim()
    const policyId = ensurePolicy(db, { kind: fields.kind, label, place }, now)
    linkMention(db, highlightId, policyId)
    applyIssuing(db, policyId, fields)
    setHighlightTags(db, highlightId, retagged(h.tags, label), now)
    dropUnmentioned(db)
    return { highlight: getHighlight(db, highlightId), policyId }
  })()
}

/** Validates and sets the issuing fields given in `fields` (those undefined stay). */
function applyIssuing(
  db: Database,
  id: number,
  fields: Pick<PolicyFields, 'issuer' | 'issued'>,
): void {
  if (fields.issuer === undefined && fields.issued === undefined) return
  const current = getPolicy(db, id)
  const issuer = fields.issuer === undefined ? current.issuer : fields.issuer.trim()
  const issued = fields.issued === undefined ? current.issued : fields.issued
  if (issued !== null && !IsoDate.safeParse(issued).success) {
    throw new AppException(
      'INVALID_INPUT',
      `policy ${id}: the issuing date "${issued}" is not a date as YYYY-MM-DD`,
    )
  }
  if (issuer.length > 60) {
    throw new AppException('INVALID_INPUT', `policy ${id}: the issuing body is over 60 characters`)
  }
  setIssuing(db, id, { issuer, issued })
}

/**
 * Changes a policy's kind, label, place, issuing body or date and retags its
 * mentions. When another policy already has the new kind, label and place,
 * this one is merged into it (the same policy named twice), and that one is
 * returned, with the issuing fields given here.
 */
export function editPolicy(db: Database, id: number, fields: PolicyFields): PolicySummary {
  return db.transaction(() => {
    const now = new Date().toISOString()
    getPolicy(db, id)
    const label = fields.label.trim()
    const place = fields.place.trim()
    if (label === '') throw new AppException('INVALID_INPUT', `policy ${id}: the label is empty`)
    const twin = findPolicy(db, { kind: fields.kind, label, place })
    let result = id
    if (twin !== null && twin !== id) {
      mergePolicies(db, id, twin)
      result = twin
    } else {
      renamePolicy(db, id, { kind: fields.kind, label, place })
    }
    applyIssuing(db, result, fields)
    for (const highlightId of mentionHighlightIds(db, result)) {
      setHighlightTags(db, highlightId, retagged(getHighlight(db, highlightId).tags, label), now)
    }
    return getPolicy(db, result)
  })()
}
