/** The window's top bar: the app's name (a link home to the library), the search box and the language switch. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { SearchBox } from '../features/search'
import { routeHref } from '../routing/hash-route'
import { LibraryMenu } from '../features/backup'
import { LanguageSwitch } from './LanguageSwitch'

export function AppHeader(): ReactNode {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <a className="app-header__brand" href={routeHref({ name: 'library' })}>
        <span className="app-header__name" lang="zh-CN">
          {t('app.name')}
        </span>
        <span className="app-header__latin">{t('app.nameLatin')}</span>
      </a>
      <span className="app-header__tagline">{t('app.tagline')}</span>
      <span className="app-header__spacer" />
      <a
        className="button button--quiet"
        href={routeHref({ name: 'policies' })}
        data-testid="nav-policies"
      >
        {t('policy.registryLink')}
      </a>
      <a className="button button--quiet" href={routeHref({ name: 'tags' })} data-testid="nav-tags">
        {t('tagManager.nav')}
      </a>
      <SearchBox />
      <a
        className="button button--quiet"
        href={routeHref({ name: 'briefings' })}
        data-testid="nav-briefings"
      >
        {t('briefing.nav')}
      </a>
      <LibraryMenu />
      <LanguageSwitch />
    </header>
  )
}
