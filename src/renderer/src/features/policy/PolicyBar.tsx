/**
 * The one-line slot above an article's text that tells what the recognizer
 * found: “finding…”, the count with “accept all”, none, hidden, or an error.
 * The slot has the same height in every state and is there from the first
 * paint, so the suggestions arriving (or not) never move the text.
 */
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type PolicyBarState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'hidden' }
  | { kind: 'found'; count: number; onAcceptAll: () => void }

export function PolicyBar({ state }: { state: PolicyBarState }): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="policy-slot" data-testid="policy-slot" data-state={slotState(state)}>
      {lineOf(state, t)}
    </div>
  )
}

/** What the slot shows, as a word tests and styles can key on. */
function slotState(state: PolicyBarState): string {
  if (state.kind === 'found' && state.count === 0) return 'none'
  return state.kind
}

function lineOf(state: PolicyBarState, t: TFunction): ReactNode {
  switch (state.kind) {
    case 'loading':
      return <p className="policy-slot__quiet">{t('policyBar.finding')}</p>
    case 'hidden':
      return <p className="policy-slot__quiet">{t('policyBar.hidden')}</p>
    case 'error':
      return (
        <p className="policy-slot__quiet policy-slot__error" role="alert" title={state.message}>
          {t('policyBar.failed', { message: state.message })}
        </p>
      )
    case 'found': {
      if (state.count === 0) return <p className="policy-slot__quiet">{t('policyBar.none')}</p>
      const found = t('policy.found', { count: state.count })
      return (
        <p className="policy-bar" data-testid="policy-bar">
          <span className="policy-bar__summary" title={found}>
            {found}
          </span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="policy-accept-all"
            onClick={state.onAcceptAll}
          >
            {t('policy.acceptAll')}
          </button>
        </p>
      )
    }
  }
}
