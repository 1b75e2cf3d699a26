/** Switches the reader between light and dark; the label names the theme it switches to. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTheme } from './use-theme'
import './theme.css'

export function ThemeToggle(): ReactNode {
  const { t } = useTranslation()
  const { theme, toggle } = useTheme()
  return (
    <button
      type="button"
      className="button button--quiet"
      data-testid="theme-toggle"
      aria-label={t('highlights.themeLabel')}
      aria-pressed={theme === 'dark'}
      onClick={toggle}
    >
      {theme === 'dark' ? t('highlights.themeLight') : t('highlights.theme')}
    </button>
  )
}
