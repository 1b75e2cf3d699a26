/**
 * One proposed article in the review: editable title, what was found around
 * it (kicker, subtitle, byline, captions), its first line and length, its
 * own publication/date/page, and the merge / split / drop actions.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '@shared/domain'
import { MetaFields } from './MetaFields'
import { draftChars, shorten, type FileMeta, type ReviewDraft } from './review-model'
import { SplitPicker } from './SplitPicker'

interface Props {
  draft: ReviewDraft
  index: number
  isLast: boolean
  fileMeta: FileMeta
  onChange(patch: Partial<ArticleDraft>): void
  onMerge(): void
  onSplit(at: number): void
  onDrop(): void
}

export function DraftCard(props: Props): ReactNode {
  const { draft, index, isLast, fileMeta, onChange, onMerge, onSplit, onDrop } = props
  const { t } = useTranslation()
  const [splitting, setSplitting] = useState(false)
  const firstLine = draft.blocks.find((b) => b.kind === 'paragraph')?.text ?? ''
  const captions = draft.blocks.filter((b) => b.kind === 'caption')
  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').length

  return (
    <li className="draft" data-testid="draft">
      <div className="draft__head">
        <span className="draft__number">{index + 1}</span>
        <div className="draft__titles">
          {draft.kicker && <p className="draft__kicker">{draft.kicker}</p>}
          <input
            className="draft__title"
            value={draft.title}
            aria-label={t('importReview.titleLabel')}
            data-testid="draft-title"
            onChange={(e) => onChange({ title: e.target.value })}
          />
          {draft.subtitle && <p className="draft__subtitle">——{draft.subtitle}</p>}
        </div>
      </div>
      <p className="draft__facts" data-testid="draft-facts">
        {t('common.chars', {
          count: draftChars(draft),
          formatted: draftChars(draft).toLocaleString(),
        })}
        {' · '}
        {t('importReview.paragraphs', { count: paragraphs })}
        {draft.byline && (
          <>
            {' · '}
            <span data-testid="draft-byline">
              {t('importReview.byline', { byline: draft.byline })}
            </span>
          </>
        )}
      </p>
      {firstLine && <p className="draft__first">{shorten(firstLine, 90)}</p>}
      {captions.length > 0 && (
        <ul className="draft__captions">
          {captions.map((c, i) => (
            <li key={i}>{t('importReview.caption', { text: c.text })}</li>
          ))}
        </ul>
      )}
      <MetaFields
        testId="draft-meta"
        values={{
          publication: draft.publication ?? '',
          publishedOn: draft.publishedOn ?? '',
          page: draft.page ?? '',
        }}
        placeholders={{ publication: fileMeta.publication, page: fileMeta.page }}
        onChange={(patch) => onChange(patch)}
      />
      <div className="draft__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="draft-merge"
          disabled={isLast}
          onClick={onMerge}
        >
          {t('importReview.merge')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="draft-split"
          disabled={draft.blocks.length < 2}
          onClick={() => setSplitting((s) => !s)}
        >
          {t('importReview.split')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="draft-drop"
          onClick={onDrop}
        >
          {t('importReview.drop')}
        </button>
      </div>
      {splitting && (
        <SplitPicker
          blocks={draft.blocks}
          onSplit={(at) => {
            setSplitting(false)
            onSplit(at)
          }}
          onClose={() => setSplitting(false)}
        />
      )}
    </li>
  )
}
