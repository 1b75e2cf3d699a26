/**
 * The search box in the app header. Typing goes straight to `#/search`
 * (the first keystroke adds a history entry, later ones replace it, so Back
 * leaves the search); the results view runs the query, debounced.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate, replaceRoute, useRoute } from '../../routing/hash-route'
import { rememberQuery } from './recent-queries'
import { paramsFromRequest, requestFromParams } from './search-params'

export function SearchBox(): ReactNode {
  const { t } = useTranslation()
  const route = useRoute()
  const onSearch = route.name === 'search'
  const request = onSearch ? requestFromParams(route.params) : { query: '' }
  const [text, setText] = useState(request.query)
  const [followed, setFollowed] = useState(request.query)
  const input = useRef<HTMLInputElement>(null)

  // Follow the URL when it changes from elsewhere (a saved search, Back, leaving search).
  if (request.query !== followed) {
    setFollowed(request.query)
    setText(request.query)
  }

  useEffect(() => {
    const focus = (e: KeyboardEvent): void => {
      // The reader takes Ctrl/Cmd+F for its find bar and marks it handled.
      if (e.defaultPrevented) return
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault()
        input.current?.focus()
        input.current?.select()
      }
    }
    window.addEventListener('keydown', focus)
    return () => window.removeEventListener('keydown', focus)
  }, [])

  const change = (value: string): void => {
    setText(value)
    const params = paramsFromRequest({ ...request, query: value })
    if (onSearch) replaceRoute({ name: 'search', params })
    else navigate({ name: 'search', params })
  }

  return (
    <input
      ref={input}
      className="search-box"
      type="search"
      data-testid="search-box"
      value={text}
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      lang="zh-CN"
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') rememberQuery(text)
        if (e.key === 'Escape') input.current?.blur()
      }}
    />
  )
}
