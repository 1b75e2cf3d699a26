/** The bar above an article: back to the library on the left; export, theme, text size and page layout on the right. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { PolicyHintsToggle } from '../policy'
import { ExportMenu } from '../briefing'
import { FontSizeControl } from './FontSizeControl'
import { PageLayoutControl } from './PageLayoutControl'
import { ThemeToggle } from './ThemeToggle'
import type { FontSize } from './use-font-size'
import type { PageLayout } from './use-page-layout'

export function ReaderToolbar({
  font,
  layout,
  articleId,
}: {
  font: FontSize
  layout: PageLayout
  articleId: number
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
        <PolicyHintsToggle />
        <ExportMenu source={{ kind: 'article', id: articleId }} />
        <ThemeToggle />
        <FontSizeControl font={font} />
        <PageLayoutControl layout={layout} />
      </div>
    </div>
  )
}
