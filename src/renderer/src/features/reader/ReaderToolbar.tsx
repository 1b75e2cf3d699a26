/** The bar above an article: back to the library on the left; structure editing, export, theme and text size on the right. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { PolicyHintsToggle } from '../policy'
import { ExportMenu } from '../briefing'
import { FontSizeControl } from './FontSizeControl'
import { ThemeToggle } from './ThemeToggle'
import type { FontSize } from './use-font-size'

export function ReaderToolbar({
  font,
  articleId,
  children,
}: {
  font: FontSize
  articleId: number
  /** Extra controls at the start of the right-hand group (the structure edit toggle). */
  children?: ReactNode
}): ReactNode {
  const { t } = useTranslation()
  return (
    <div className="reader__toolbar">
      <a
        className="button button--quiet"
        href={routeHref({ name: 'library' })}
        data-testid="back-to-library"
        aria-label={t('reader.backLabel')}
      >
        {t('reader.back')}
      </a>
      <div className="reader__toolbar-end">
        {children}
        <PolicyHintsToggle />
        <ExportMenu source={{ kind: 'article', id: articleId }} />
        <ThemeToggle />
        <FontSizeControl font={font} />
      </div>
    </div>
  )
}
