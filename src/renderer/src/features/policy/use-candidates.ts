/**
 * The policy-point suggestions of one article and what a person does with
 * them: accept one, accept all, dismiss one. `onAccepted` runs after an
 * accept so the article's highlights can be re-read.
 */
import type { PolicyCandidate } from '@shared/calls/policy'
import { useCallback, useEffect, useState } from 'react'
import { call } from '../../api/client'

export interface Candidates {
  items: PolicyCandidate[]
  /** False until the first answer (or error) for this article has come back. */
  loaded: boolean
  error: string | null
  accept(c: PolicyCandidate): Promise<void>
  acceptAll(): Promise<void>
  dismiss(c: PolicyCandidate): Promise<void>
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export function useCandidates(articleId: number, onAccepted: () => void): Candidates {
  const [items, setItems] = useState<PolicyCandidate[]>([])
  const [error, setError] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)

  // Bumped after every action so the suggestions are read again.
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    call('policy.detect', { articleId }).then(
      (list) => {
        if (!live) return
        setItems(list)
        setError(null)
        setLoaded(true)
      },
      (err: unknown) => {
        if (!live) return
        setError(message(err))
        setLoaded(true)
      },
    )
    return () => {
      live = false
    }
  }, [articleId, version])

  const run = useCallback(
    async (action: () => Promise<unknown>, accepted: boolean) => {
      try {
        await action()
        if (accepted) onAccepted()
      } catch (err) {
        setError(message(err))
      }
      setVersion((v) => v + 1)
    },
    [onAccepted],
  )

  return {
    items,
    loaded,
    error,
    accept: (c) =>
      run(
        () =>
          call('policy.accept', {
            articleId,
            start: c.start,
            end: c.end,
            label: c.label.slice(0, 100),
            kind: c.kind,
          }),
        true,
      ),
    acceptAll: () => run(() => call('policy.acceptAll', { articleId }), true),
    dismiss: (c) =>
      run(
        () =>
          call('policy.dismiss', {
            articleId,
            start: c.start,
            end: c.end,
            label: c.label.slice(0, 100),
            kind: c.kind,
          }),
        false,
      ),
  }
}
