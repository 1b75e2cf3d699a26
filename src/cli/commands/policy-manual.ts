/**
 * `pizhu policy mark HIGHLIGHT --kind K --label L [--place P]` (any highlight
 * becomes a policy point; no --place: the article's place) and `pizhu policy
 * edit ID [--kind K] [--label L] [--place P] [--issuer BODY] [--issued
 * YYYY-MM-DD]` (change a policy's fields; unset ones stay; `--issued ''`
 * clears the date). Both print the policy as `policy list` does.
 */
import type { Database } from 'better-sqlite3'
import { getPolicy } from '../../main/core/db/repos/policies'
import { editPolicy, markHighlight } from '../../main/core/policy-registry/manual'
import { PolicyKind, type PolicySummary } from '@shared/calls/policy'
import { IsoDate } from '@shared/calls/review'
import { UsageError } from '../args'

type Options = Record<string, unknown>

function kindOf(value: unknown): PolicyKind | undefined {
  if (value === undefined) return undefined
  const parsed = PolicyKind.safeParse(value)
  if (!parsed.success)
    throw new UsageError(`--kind must be one of ${PolicyKind.options.join(', ')}`)
  return parsed.data
}

function textOf(name: string, value: unknown, max: number): string | undefined {
  if (value === undefined) return undefined
  const s = String(value).trim()
  if (s.length > max) throw new UsageError(`--${name} must be at most ${max} characters`)
  return s
}

/** `--issued`: undefined when not given, null for '' (clear), else a checked calendar date. */
function issuedOf(value: unknown): string | null | undefined {
  if (value === undefined) return undefined
  const s = String(value).trim()
  if (s === '') return null
  if (!IsoDate.safeParse(s).success)
    throw new UsageError(`--issued must be a date as YYYY-MM-DD (got "${s}")`)
  return s
}

function idOf(what: string, value: string | undefined): number {
  const id = Number(value)
  if (value === undefined || !Number.isInteger(id) || id <= 0)
    throw new UsageError(`${what} (a positive whole number)`)
  return id
}

/** Runs `mark` or `edit`; returns the policy the highlight or edit ended in. */
export function runManual(
  db: Database,
  sub: 'mark' | 'edit',
  args: readonly string[],
  options: Options,
): PolicySummary {
  const kind = kindOf(options.kind)
  const label = textOf('label', options.label, 100)
  const place = textOf('place', options.place, 40)
  const issuer = textOf('issuer', options.issuer, 60)
  const issued = issuedOf(options.issued)
  if (args.length !== 2)
    throw new UsageError(
      sub === 'mark' ? 'policy mark needs one HIGHLIGHT ID' : 'policy edit needs one policy ID',
    )
  if (sub === 'mark') {
    const highlightId = idOf('policy mark needs one HIGHLIGHT ID', args[1])
    if (!kind || !label) throw new UsageError('policy mark needs --kind and --label')
    if (issuer !== undefined || issued !== undefined)
      throw new UsageError('--issuer and --issued belong to policy edit')
    const { policyId } = markHighlight(db, highlightId, { kind, label, place })
    return getPolicy(db, policyId)
  }
  const id = idOf('policy edit needs one policy ID', args[1])
  if (label === '') throw new UsageError('--label must not be empty')
  const current = getPolicy(db, id)
  return editPolicy(db, id, {
    kind: kind ?? current.kind,
    label: label ?? current.label,
    place: place ?? current.place,
    issuer,
    issued,
  })
}
