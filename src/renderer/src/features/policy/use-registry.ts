/** The policy registry as the views need it: the filtered list, and one policy with its mentions. */
import type {
  PolicyKind,
  PolicyMention,
  PolicyMentionDate,
  PolicySummary,
} from '@shared/calls/policy'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export interface Loaded<T> {
  data: T | null
  error: string | null
}

/** The registry's filters beyond kind and place; each '' = any. */
export interface MoreFilters {
  /** Mentions dated from–to. */
  from?: string
  to?: string
  tag?: string
  /** Policies issued from–to. */
  issuedFrom?: string
  issuedTo?: string
}

/** The place filter's value for policies with no place (a place is never blank, so this cannot clash). */
export const NO_PLACE = ' '

/** The input of policy.list / policy.mentionDates / policy.exportRegistry for the filters, leaving out those set to any. */
export function filterInput(kind: PolicyKind | '', place: string, more: MoreFilters) {
  const { from = '', to = '', tag = '', issuedFrom = '', issuedTo = '' } = more
  return {
    ...(kind ? { kind } : {}),
    ...(place === NO_PLACE ? { place: '' } : place ? { place } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(tag.trim() ? { tag: tag.trim() } : {}),
    ...(issuedFrom ? { issuedFrom } : {}),
    ...(issuedTo ? { issuedTo } : {}),
  }
}

/** Every policy of `kind` and `place` ('' = any) passing the other filters; a new `generation` loads them again. */
export function usePolicies(
  kind: PolicyKind | '',
  place: string,
  generation = 0,
  more: MoreFilters = {},
): Loaded<PolicySummary[]> {
  return useFiltered('policy.list', kind, place, generation, more)
}

/** The dated mentions of the policies `usePolicies` lists with the same filters, for the timeline. */
export function useMentionDates(
  kind: PolicyKind | '',
  place: string,
  generation = 0,
  more: MoreFilters = {},
): Loaded<PolicyMentionDate[]> {
  return useFiltered('policy.mentionDates', kind, place, generation, more)
}

function useFiltered<N extends 'policy.list' | 'policy.mentionDates'>(
  name: N,
  kind: PolicyKind | '',
  place: string,
  generation: number,
  more: MoreFilters,
): Loaded<N extends 'policy.list' ? PolicySummary[] : PolicyMentionDate[]> {
  type T = N extends 'policy.list' ? PolicySummary[] : PolicyMentionDate[]
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null })
  const input = JSON.stringify(filterInput(kind, place, more))
  useEffect(() => {
    let live = true
    ;(call(name, JSON.parse(input) as never) as Promise<T>).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState({ data: null, error: message(err) }),
    )
    return () => {
      live = false
    }
  }, [name, input, generation])
  return state
}

/** One policy and every mention of it; a new `generation` loads it again (after an edit). */
export function usePolicy(
  id: number,
  generation = 0,
): Loaded<{ policy: PolicySummary; mentions: PolicyMention[] }> {
  const [state, setState] = useState<Loaded<{ policy: PolicySummary; mentions: PolicyMention[] }>>({
    data: null,
    error: null,
  })
  useEffect(() => {
    let live = true
    call('policy.get', { id }).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState({ data: null, error: message(err) }),
    )
    return () => {
      live = false
    }
  }, [id, generation])
  return state
}
