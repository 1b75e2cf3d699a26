/** Saves the current search as a smart collection, under a name the person may change. */
import type { SearchRequest } from '@shared/calls/search'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'

export function SaveSearchForm({ request }: { request: SearchRequest }): ReactNode {
  const { t } = useTranslation()
  const [name, setName] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  if (name === null) {
    return (
      <div className="search-save">
        <button
          type="button"
          className="search-chip"
          onClick={() => {
            setMessage(null)
            setName(request.query.trim() || t('search.untitled'))
          }}
        >
          {t('search.save')}
        </button>
        {message && <span className="search-save__message">{message}</span>}
      </div>
    )
  }
  const submit = async (): Promise<void> => {
    if (!name.trim()) return
    try {
      await call('search.saved.create', { name: name.trim(), request })
      setMessage(t('search.saved', { name: name.trim() }))
    } catch (err) {
      setMessage(t('search.saveFailed', { message: err instanceof Error ? err.message : '' }))
    }
    setName(null)
  }
  return (
    <form
      className="search-save"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <label className="search-field">
        <span className="search-field__label">{t('search.saveName')}</span>
        <input
          className="search-field__input"
          value={name}
          autoFocus
          lang="zh-CN"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit" className="search-chip search-chip--on">
        {t('search.saveConfirm')}
      </button>
      <button type="button" className="search-chip" onClick={() => setName(null)}>
        {t('search.cancel')}
      </button>
    </form>
  )
}
