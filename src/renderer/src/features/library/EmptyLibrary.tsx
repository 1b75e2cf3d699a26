/** What an empty library says: how to bring articles in. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function EmptyLibrary(): ReactNode {
  const { t } = useTranslation()
  return (
    <section className="empty-library" data-testid="empty-library">
      <h2 className="empty-library__title">{t('library.emptyTitle')}</h2>
      <p className="empty-library__body">{t('library.emptyBody')}</p>
      <p className="empty-library__hint">{t('library.emptyFormat')}</p>
    </section>
  )
}
