/** Loads one briefing and applies changes to it, keeping the latest state the library returns. */
import { useCallback, useEffect, useState } from 'react'
import type { Briefing } from '@shared/calls/briefings'
import { call } from '../../api/client'

export interface BriefingState {
  briefing: Briefing | null
  error: string | null
  /** Runs a call that returns the briefing, and shows its result (or its error). */
  apply: (change: () => Promise<Briefing>) => Promise<void>
}

export function useBriefing(id: number): BriefingState {
  const [briefing, setBriefing] = useState<Briefing | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('briefings.get', { id }).then(
      (b) => live && setBriefing(b),
      (e: Error) => live && setError(e.message),
    )
    return () => {
      live = false
    }
  }, [id])

  const apply = useCallback(async (change: () => Promise<Briefing>) => {
    try {
      setBriefing(await change())
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [])

  return { briefing, error, apply }
}
