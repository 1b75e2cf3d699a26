/**
 * The handle between two paragraphs: a thin "split here" line that opens a
 * small form for the new article's title (filled in with the paragraph when
 * it is a heading, which then becomes the title).
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '@shared/domain'

export function SplitHandle({
  at,
  next,
  busy,
  onSplit,
}: {
  at: number
  next: Block
  busy: boolean
  onSplit: (at: number, title: string) => void
}): ReactNode {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState(next.kind === 'heading' ? next.text : '')
  if (!open) {
    return (
      <button
        type="button"
        className="structure__handle"
        data-testid={`split-handle-${at}`}
        onClick={() => setOpen(true)}
      >
        <span>{t('structure.splitHere')}</span>
      </button>
    )
  }
  return (
    <form
      className="structure__split-form"
      data-testid="split-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (title.trim()) onSplit(at, title.trim())
      }}
    >
      <label>
        {t('structure.newTitle')}
        <input
          autoFocus
          value={title}
          maxLength={500}
          placeholder={t('structure.newTitlePlaceholder')}
          data-testid="split-title"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
        {t('structure.split')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        {t('structure.cancel')}
      </button>
    </form>
  )
}
