/** 版式: a small panel under the toolbar for line spacing and column width. */
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { MEASURES, type Measure, type PageLayout } from './use-page-layout'

export function PageLayoutControl({ layout }: { layout: PageLayout }): ReactNode {
  const { t } = useTranslation()
  const ref = useRef<HTMLDetailsElement>(null)

  // Closes on a click elsewhere or Escape, like a menu.
  useEffect(() => {
    const close = (e: Event): void => {
      const details = ref.current
      if (!details?.open) return
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !details.contains(e.target as Node)) {
        details.open = false
      }
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [])

  return (
    <details className="page-layout" ref={ref} data-testid="page-layout">
      <summary className="button button--quiet" title={t('pageLayout.label')}>
        {t('pageLayout.button')}
      </summary>
      <div className="page-layout__panel" role="group" aria-label={t('pageLayout.label')}>
        <div className="page-layout__row">
          <span className="page-layout__name">{t('pageLayout.lineHeight')}</span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="line-height-tighter"
            aria-label={t('pageLayout.tighter')}
            title={t('pageLayout.tighter')}
            disabled={!layout.canTighten}
            onClick={layout.tighter}
          >
            −
          </button>
          <span className="page-layout__value" data-testid="line-height-value">
            {layout.lineHeight.toFixed(2).replace(/0$/, '')}
          </span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="line-height-looser"
            aria-label={t('pageLayout.looser')}
            title={t('pageLayout.looser')}
            disabled={!layout.canLoosen}
            onClick={layout.looser}
          >
            +
          </button>
        </div>
        <div className="page-layout__row">
          <span className="page-layout__name">{t('pageLayout.measure')}</span>
          {(Object.keys(MEASURES) as Measure[]).map((m) => (
            <button
              key={m}
              type="button"
              className="button button--quiet"
              aria-pressed={layout.measure === m}
              data-testid={`measure-${m}`}
              onClick={() => layout.setMeasure(m)}
            >
              {t(`pageLayout.${m}`)}
            </button>
          ))}
        </div>
      </div>
    </details>
  )
}
