/** The header button that toggles the interface between Chinese and English. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLanguage, setLanguage } from '../i18n'

export function LanguageSwitch(): ReactNode {
  const { t } = useTranslation()
  const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN'
  return (
    <button
      type="button"
      className="button button--quiet"
      data-testid="lang-switch"
      aria-label={t('language.switchLabel')}
      title={t('language.switchLabel')}
      onClick={() => setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  )
}
