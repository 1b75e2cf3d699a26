/**
 * The library's tags with their colours and counts, shared by every tag
 * input, chip and the tag browser so a rename or a new colour shows
 * everywhere at once. Loaded on first use; `refreshTagCatalog` after any
 * call that changes tags.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { TagSummary } from '@shared/calls/tags'
import { call } from '../../api/client'

let tags: readonly TagSummary[] = []
let loaded = false
let pending: Promise<readonly TagSummary[]> | null = null
const listeners = new Set<() => void>()

/**
 * Reloads the tags from the library and tells every subscriber; resolves to
 * the new list, rejects with the call's error (the list is then unchanged).
 */
export function refreshTagCatalog(): Promise<readonly TagSummary[]> {
  pending ??= call('tags.browse', {})
    .then((list) => {
      tags = list
      loaded = true
      for (const l of listeners) l()
      return tags
    })
    .finally(() => {
      pending = null
    })
  return pending
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** Every tag, sorted by path; loads them the first time any component asks. */
export function useTagCatalog(): readonly TagSummary[] {
  const list = useSyncExternalStore(subscribe, () => tags)
  useEffect(() => {
    // A catalog that cannot load leaves chips uncoloured and offers no
    // suggestions; the tag browser and the calls that write report errors.
    if (!loaded) refreshTagCatalog().catch(() => undefined)
  }, [])
  return list
}
