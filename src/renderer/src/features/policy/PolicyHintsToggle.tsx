/** The reader-toolbar switch that shows or hides the policy-point underlines. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { setHintsShown, useHintsShown } from './hints-shown'

export function PolicyHintsToggle(): ReactNode {
  const { t } = useTranslation()
  const shown = useHintsShown()
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-pressed={shown}
      data-testid="policy-hints-toggle"
      title={t('policy.toggleTitle')}
      onClick={() => setHintsShown(!shown)}
    >
      {shown ? t('policy.hideHints') : t('policy.showHints')}
    </button>
  )
}
