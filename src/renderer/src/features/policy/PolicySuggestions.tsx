/**
 * Policy-point suggestions in the reader: dotted underlines (when switched
 * on), a card to accept or dismiss the clicked one, and a fixed-height line
 * above the text with the count and “accept all in this article”.
 */
import type { PolicyCandidate } from '@shared/calls/policy'
import { useMemo, useState, type ReactNode } from 'react'
import { PolicyHints, type Hint } from '../../editor'
import { useHintsShown } from './hints-shown'
import { PolicyBar, type PolicyBarState } from './PolicyBar'
import { SuggestionCard } from './SuggestionCard'
import { useCandidates, type Candidates } from './use-candidates'

const keyOf = (c: PolicyCandidate): string => `${c.start}-${c.end}`

export function PolicySuggestions({
  articleId,
  onAccepted,
}: {
  articleId: number
  onAccepted: () => void
}): ReactNode {
  const shown = useHintsShown()
  const candidates = useCandidates(articleId, onAccepted)
  const [open, setOpen] = useState<{ key: string; rect: DOMRect } | null>(null)
  const hints = useMemo<Hint[]>(
    () =>
      shown ? candidates.items.map((c) => ({ key: keyOf(c), start: c.start, end: c.end })) : [],
    [shown, candidates.items],
  )
  const current = open && candidates.items.find((c) => keyOf(c) === open.key)

  return (
    <>
      <PolicyBar state={barState(candidates, shown)} />
      <PolicyHints hints={hints} onHintClick={(key, rect) => setOpen({ key, rect })} />
      {current && (
        <SuggestionCard
          candidate={current}
          rect={open.rect}
          onAccept={() => {
            setOpen(null)
            void candidates.accept(current)
          }}
          onDismiss={() => {
            setOpen(null)
            void candidates.dismiss(current)
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  )
}

/** What the line above the text says, from the recognizer's answer and the switch. */
function barState(candidates: Candidates, shown: boolean): PolicyBarState {
  if (candidates.error) return { kind: 'error', message: candidates.error }
  if (!candidates.loaded) return { kind: 'loading' }
  if (!shown) return { kind: 'hidden' }
  return {
    kind: 'found',
    count: candidates.items.length,
    onAcceptAll: () => void candidates.acceptAll(),
  }
}
