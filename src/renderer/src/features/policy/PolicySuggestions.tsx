/**
 * Policy-point suggestions in the reader: dotted underlines (when switched
 * on), a card to accept or dismiss the clicked one, and a line above the text
 * with the count and “accept all in this article”.
 */
import type { PolicyCandidate } from '@shared/calls/policy'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PolicyHints, type Hint } from '../../editor'
import { useHintsShown } from './hints-shown'
import { SuggestionCard } from './SuggestionCard'
import { useCandidates } from './use-candidates'

const keyOf = (c: PolicyCandidate): string => `${c.start}-${c.end}`

export function PolicySuggestions({
  articleId,
  onAccepted,
}: {
  articleId: number
  onAccepted: () => void
}): ReactNode {
  const { t } = useTranslation()
  const shown = useHintsShown()
  const candidates = useCandidates(articleId, onAccepted)
  const [open, setOpen] = useState<{ key: string; rect: DOMRect } | null>(null)
  const hints = useMemo<Hint[]>(
    () =>
      shown ? candidates.items.map((c) => ({ key: keyOf(c), start: c.start, end: c.end })) : [],
    [shown, candidates.items],
  )
  const current = open && candidates.items.find((c) => keyOf(c) === open.key)
  const count = candidates.items.length

  return (
    <>
      {shown && count > 0 && (
        <p className="policy-bar" data-testid="policy-bar">
          <span>{t('policy.found', { count })}</span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="policy-accept-all"
            onClick={() => void candidates.acceptAll()}
          >
            {t('policy.acceptAll')}
          </button>
        </p>
      )}
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
      {candidates.error && (
        <p className="hl-error" role="alert">
          {candidates.error}
        </p>
      )}
    </>
  )
}
