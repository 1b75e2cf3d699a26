/** The policy registry as the views need it: the filtered list, and one policy with its mentions. */
import type { PolicyKind, PolicyMention, PolicySummary } from '@shared/calls/policy'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export interface Loaded<T> {
  data: T | null
  error: string | null
}

/** Every policy of `kind` and `place` ('' = any) with mentions dated from–to and tagged `tag` (each '' = any); a new `generation` loads them again. */
export function usePolicies(
  kind: PolicyKind | '',
  place: string,
  generation = 0,
  more: { from?: string; to?: string; tag?: string } = {},
): Loaded<PolicySummary[]> {
  const [state, setState] = useState<Loaded<PolicySummary[]>>({ data: null, error: null })
  const { from = '', to = '', tag = '' } = more
  useEffect(() => {
    let live = true
    call('policy.list', {
      ...(kind ? { kind } : {}),
      ...(place ? { place } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(tag.trim() ? { tag: tag.trim() } : {}),
    }).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState({ data: null, error: message(err) }),
    )
    return () => {
      live = false
    }
  }, [kind, place, generation, from, to, tag])
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
