/**
 * The app shell: header, then the library or the reader depending on the URL
 * hash — or, over a damaged library, the screen offering its backups.
 */
import { useEffect, type ReactNode } from 'react'
import { AppHeader } from './app/AppHeader'
import { LibraryHealthGate } from './features/backup'
import { BriefingComposer, BriefingsView } from './features/briefing'
import { ImportErrors, ImportProvider } from './features/import'
import { LibraryView } from './features/library'
import { PolicyDetail, RegistryView } from './features/policy'
import { ReaderView } from './features/reader'
import { SearchView } from './features/search'
import { TagsView } from './features/tags'
import { useRoute } from './routing/hash-route'
import './app/app.css'

export function App(): ReactNode {
  const route = useRoute()
  const articleId = route.name === 'article' ? route.id : null

  useEffect(() => {
    window.scrollTo(0, 0)
  }, [articleId])

  return (
    <>
      <AppHeader />
      <LibraryHealthGate>
        <ImportProvider>
          <ImportErrors />
          {route.name === 'search' ? (
            <SearchView params={route.params} />
          ) : route.name === 'policies' ? (
            <RegistryView />
          ) : route.name === 'policy' ? (
            <PolicyDetail key={route.id} id={route.id} />
          ) : route.name === 'tags' ? (
            <TagsView />
          ) : route.name === 'briefings' ? (
            <BriefingsView />
          ) : route.name === 'briefing' ? (
            <BriefingComposer key={route.id} id={route.id} />
          ) : route.name === 'article' ? (
            <ReaderView key={route.id} id={route.id} {...(route.at ? { at: route.at } : {})} />
          ) : (
            <LibraryView />
          )}
        </ImportProvider>
      </LibraryHealthGate>
    </>
  )
}
