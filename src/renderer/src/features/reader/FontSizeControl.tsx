/** A− / A+ buttons around the current text size. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FontSize } from './use-font-size'

export function FontSizeControl({ font }: { font: FontSize }): ReactNode {
  const { t } = useTranslation()
  return (
    <div
      className="font-size"
      role="group"
      aria-label={t('reader.fontSizeLabel', { size: font.size })}
    >
      <button
        type="button"
        className="button button--quiet font-size__button"
        data-testid="font-smaller"
        aria-label={t('reader.fontSmallerLabel')}
        title={t('reader.fontSmallerLabel')}
        disabled={!font.canShrink}
        onClick={font.smaller}
      >
        {t('reader.fontSmaller')}
      </button>
      <span className="font-size__value" aria-hidden="true">
        {t('reader.fontSizeValue', { size: font.size })}
      </span>
      <button
        type="button"
        className="button button--quiet font-size__button font-size__button--large"
        data-testid="font-larger"
        aria-label={t('reader.fontLargerLabel')}
        title={t('reader.fontLargerLabel')}
        disabled={!font.canGrow}
        onClick={font.larger}
      >
        {t('reader.fontLarger')}
      </button>
    </div>
  )
}
