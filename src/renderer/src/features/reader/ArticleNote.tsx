/**
 * The article's own note, under the article's header: a rich-text note
 * (Lexical, like highlight notes) autosaved to the library. Folded when
 * empty, open when the article already has one. The editor is built the
 * first time the note is unfolded, not with every article opened.
 */
import { memo, useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { NoteEditor } from '../../editor'
import type { ReaderState } from './use-reader-state'
import './article-note.css'

interface Props {
  articleId: number
  note: ReaderState['note']
}

/** Memoised: the reader redraws as the reading position moves; the note need not. */
export const ArticleNote = memo(function ArticleNote({ articleId, note }: Props): ReactNode {
  const { t } = useTranslation()
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle')
  // Once unfolded, the editor stays (folding it again must not drop a pending save).
  const [unfolded, setUnfolded] = useState(note.text !== '')
  const save = useCallback(
    (json: string | null, text: string) => {
      call('reader.saveNote', { articleId, note: { json, text } }).then(
        () => setStatus('saved'),
        () => setStatus('failed'),
      )
    },
    [articleId],
  )
  return (
    <details
      className="article-note"
      open={note.text !== ''}
      data-testid="article-note"
      onToggle={(e) => {
        if (e.currentTarget.open) setUnfolded(true)
      }}
    >
      <summary className="article-note__summary">
        {t('reading.note.title')}
        {status !== 'idle' && (
          <span
            className={`article-note__status article-note__status--${status}`}
            role={status === 'failed' ? 'alert' : 'status'}
          >
            {t(status === 'saved' ? 'reading.note.saved' : 'reading.note.saveFailed')}
          </span>
        )}
      </summary>
      {unfolded && (
        <NoteEditor
          key={articleId}
          json={note.json}
          text={note.text}
          onSave={save}
          testId="article-note-editor"
          label={t('reading.note.label')}
          placeholder={t('reading.note.placeholder')}
          labels={{
            bold: t('highlights.bold'),
            italic: t('highlights.italic'),
            bullet: t('highlights.bullet'),
            number: t('highlights.number'),
            quote: t('highlights.quote'),
            link: t('highlights.link'),
            linkPlaceholder: t('highlights.linkPlaceholder'),
          }}
        />
      )}
    </details>
  )
})
