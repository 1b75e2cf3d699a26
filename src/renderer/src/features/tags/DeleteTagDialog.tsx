/**
 * Confirming a tag's deletion: first asks the library what would go
 * (tags.deleteImpact) and shows it; only then can the person delete.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagDeleteImpact, TagSummary } from '@shared/calls/tags'
import { call } from '../../api/client'
import { tagErrorText } from './tag-errors'

interface Props {
  tag: TagSummary
  onDeleted: () => void
  onCancel: () => void
}

export function DeleteTagDialog({ tag, onDeleted, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [impact, setImpact] = useState<TagDeleteImpact | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    call('tags.deleteImpact', { id: tag.id }).then(
      (i) => live && setImpact(i),
      (err: unknown) => live && setError(tagErrorText(t, 'delete', err)),
    )
    return () => {
      live = false
    }
  }, [tag.id, t])
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onCancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])

  const confirm = (): void => {
    setBusy(true)
    call('tags.delete', { id: tag.id }).then(onDeleted, (err: unknown) => {
      setBusy(false)
      setError(tagErrorText(t, 'delete', err))
    })
  }
  const title = t('tagManager.deleteTitle', { path: tag.path })
  return (
    <div className="tag-dialog" role="alertdialog" aria-modal="true" aria-label={title}>
      <div className="tag-dialog__sheet" data-testid="tag-delete-dialog">
        <h2 className="tag-dialog__title">{title}</h2>
        <p className="tag-dialog__impact" data-testid="tag-delete-impact" aria-live="polite">
          {impact
            ? t('tagManager.deleteImpact', {
                tags: impact.tags,
                highlights: impact.highlights,
                articles: impact.articles,
              })
            : !error && t('tagManager.deleteCounting')}
        </p>
        {error && (
          <p className="tag-edit__error" role="alert">
            {error}
          </p>
        )}
        <div className="tag-dialog__actions">
          <button type="button" className="button" autoFocus onClick={onCancel}>
            {t('tagManager.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={!impact || busy}
            data-testid="tag-delete-confirm"
            onClick={confirm}
          >
            {t('tagManager.deleteConfirm')}
          </button>
        </div>
      </div>
    </div>
  )
}
