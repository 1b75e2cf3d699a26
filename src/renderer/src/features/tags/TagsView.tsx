/**
 * `#/tags`: the tag browser. The tag tree with colours and counts; rename,
 * move, merge, colour and delete (after seeing what would go). Each action
 * is one library call; the tree reloads after it, and a refusal (name clash,
 * cycle) shows under the tag it concerns.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagSummary } from '@shared/calls/tags'
import { call } from '../../api/client'
import { DeleteTagDialog } from './DeleteTagDialog'
import { tagSearchHref } from './tag-search-href'
import { refreshTagCatalog, useTagCatalog } from './tag-catalog'
import { tagErrorText, type TagAction } from './tag-errors'
import { tagMatches } from './tag-suggestions'
import { visibleRows, withAncestors } from './tag-tree'
import { TagRow, type EditMode, type RowActions } from './TagRow'
import './tags.css'

export function TagsView(): ReactNode {
  const { t } = useTranslation()
  const tags = useTagCatalog()
  const [ready, setReady] = useState(false)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set())
  const [editing, setEditing] = useState<{ id: number; mode: EditMode } | null>(null)
  const [error, setError] = useState<{ id: number; text: string } | null>(null)
  const [deleting, setDeleting] = useState<TagSummary | null>(null)
  const [filter, setFilter] = useState('')

  useEffect(() => {
    refreshTagCatalog().then(
      () => setReady(true),
      (err: Error) => setLoadError(t('tagManager.loadFailed', { message: err.message })),
    )
  }, [t])

  const run = (id: number, action: TagAction, p: Promise<unknown>): void => {
    p.then(
      () => {
        setEditing(null)
        setError(null)
        return refreshTagCatalog()
      },
      (err: unknown) => setError({ id, text: tagErrorText(t, action, err) }),
    ).catch((err: Error) => setLoadError(t('tagManager.loadFailed', { message: err.message })))
  }
  const actionsFor = (tag: TagSummary): RowActions => ({
    rename: (name) => run(tag.id, 'rename', call('tags.rename', { id: tag.id, name })),
    move: (parentId) => run(tag.id, 'move', call('tags.move', { id: tag.id, parentId })),
    merge: (into) => run(tag.id, 'merge', call('tags.merge', { from: tag.id, into })),
    setColor: (color) => run(tag.id, 'color', call('tags.setColor', { id: tag.id, color })),
    remove: () => {
      setEditing(null)
      setError(null)
      setDeleting(tag)
    },
  })
  const toggle = (id: number): void =>
    setCollapsed((c) => {
      const next = new Set(c)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const closeDelete = useCallback(() => setDeleting(null), [])
  const deleted = useCallback(() => {
    setDeleting(null)
    refreshTagCatalog().catch((err: Error) =>
      setLoadError(t('tagManager.loadFailed', { message: err.message })),
    )
  }, [t])

  // While filtering, every match shows with its ancestors, collapsed or not.
  const rows = filter.trim()
    ? visibleRows(
        withAncestors(tags, (tag) => tagMatches(tag.path, filter)),
        new Set(),
      )
    : visibleRows(tags, collapsed)

  return (
    <main className="tags-view" data-testid="tags-view">
      <h1 className="tags-view__title">{t('tagManager.title')}</h1>
      <p className="tags-view__hint">{t('tagManager.hint')}</p>
      {loadError && (
        <p className="tags-view__error" role="alert">
          {loadError}
        </p>
      )}
      {tags.length > 0 && (
        <input
          className="tags-view__filter"
          type="search"
          value={filter}
          maxLength={200}
          placeholder={t('tagManager.filter')}
          aria-label={t('tagManager.filter')}
          data-testid="tags-filter"
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {ready && tags.length === 0 && <p className="tags-view__empty">{t('tagManager.empty')}</p>}
      {tags.length > 0 && rows.length === 0 && (
        <p className="tags-view__empty">{t('tagManager.noMatch')}</p>
      )}
      <ul className="tag-tree" aria-label={t('tagManager.title')}>
        {rows.map((row) => (
          <TagRow
            key={row.tag.id}
            row={row}
            tags={tags}
            collapsed={collapsed.has(row.tag.id)}
            onToggle={() => toggle(row.tag.id)}
            editing={editing?.id === row.tag.id ? editing.mode : null}
            onEdit={(mode) => {
              setError(null)
              setEditing(mode ? { id: row.tag.id, mode } : null)
            }}
            error={error?.id === row.tag.id ? error.text : null}
            href={tagSearchHref(row.tag.path)}
            actions={actionsFor(row.tag)}
          />
        ))}
      </ul>
      {deleting && <DeleteTagDialog tag={deleting} onDeleted={deleted} onCancel={closeDelete} />}
    </main>
  )
}
