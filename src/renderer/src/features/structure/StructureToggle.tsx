/** The reader toolbar button that turns the structure edit mode on and off. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './structure.css'

export function StructureToggle({
  on,
  onToggle,
}: {
  on: boolean
  onToggle: () => void
}): ReactNode {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className={`structure__toggle button ${on ? 'button--primary' : 'button--quiet'}`}
      aria-pressed={on}
      data-testid="structure-toggle"
      onClick={onToggle}
    >
      {on ? t('structure.done') : t('structure.edit')}
    </button>
  )
}
