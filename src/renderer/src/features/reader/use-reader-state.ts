/**
 * The reader's stored state for one article (its own note, where the person
 * stopped). Fetched beside the article, not after it, so opening waits for
 * the slower of the two only.
 */
import type { CallOutput } from '@shared/contract'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

export type ReaderState = CallOutput<'reader.state'>

/**
 * The state of article `id`, or null while it first loads (or when it could
 * not be read). A new `revision` (after a split, merge or undo rewrote the
 * article's note) reads it again, keeping the previous state until then.
 */
export function useReaderState(id: number, revision = 0): ReaderState | null {
  const [loaded, setLoaded] = useState<{ id: number; state: ReaderState } | null>(null)
  useEffect(() => {
    let live = true
    call('reader.state', { articleId: id }).then(
      (state) => live && setLoaded({ id, state }),
      () =>
        live &&
        setLoaded({
          id,
          state: { note: { json: null, text: '', updatedAt: null }, position: null },
        }),
    )
    return () => {
      live = false
    }
  }, [id, revision])
  return loaded && loaded.id === id ? loaded.state : null
}
