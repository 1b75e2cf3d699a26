/**
 * The fields a person edits for a policy point, and how they make a label:
 * an n-articles package is its topic plus its count (重点产业 + 24 →
 * 重点产业24条); every other kind is named by its label alone.
 */
import type { PolicyKind } from '@shared/calls/policy'

export interface PolicyFormFields {
  kind: PolicyKind
  /** The topic for n-articles (重点产业), else the whole label. */
  name: string
  /** Article count for n-articles, as typed ('' when none). */
  count: string
  /** Issuing place; '' lets the article decide. */
  place: string
  /** Issuing body ('' = unknown). */
  issuer: string
  /** Issuing date YYYY-MM-DD ('' = unknown). */
  issued: string
}

const N_ARTICLES = /^(.*?)(\d+)条$/u

/** Splits a stored label back into the form's fields. */
export function fieldsOf(
  kind: PolicyKind,
  label: string,
  place: string,
  issuing: { issuer?: string; issued?: string | null } = {},
): PolicyFormFields {
  const m = kind === 'n-articles' ? N_ARTICLES.exec(label) : null
  const rest = { place, issuer: issuing.issuer ?? '', issued: issuing.issued ?? '' }
  return m
    ? { kind, name: m[1]!, count: m[2]!, ...rest }
    : { kind, name: label, count: '', ...rest }
}

/** The label the fields stand for, or null when they name nothing (or the count is not a whole number). */
export function labelOf(f: PolicyFormFields): string | null {
  const name = f.name.trim()
  if (f.kind !== 'n-articles') return name === '' ? null : name
  const count = f.count.trim()
  if (!/^\d{1,4}$/u.test(count) || Number(count) === 0) return null
  return `${name}${Number(count)}条`
}
