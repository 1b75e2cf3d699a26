/** The saved searches, with save and delete; reloads after each change. */
import type { SavedSearch } from '@shared/calls/search'
import { useCallback, useEffect, useState } from 'react'
import { call } from '../../api/client'

export interface SavedSearches {
  saved: SavedSearch[]
  error: string | null
  remove(id: number): Promise<void>
}

export function useSavedSearches(): SavedSearches {
  const [saved, setSaved] = useState<SavedSearch[]>([])
  const [error, setError] = useState<string | null>(null)
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    let live = true
    call('search.saved.list', {}).then(
      (list) => live && setSaved(list),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    )
    return () => {
      live = false
    }
  }, [revision])
  const remove = useCallback(async (id: number) => {
    await call('search.saved.delete', { id })
    setRevision((r) => r + 1)
  }, [])
  return { saved, error, remove }
}
