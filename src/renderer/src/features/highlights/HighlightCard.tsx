/**
 * A highlight's card, opened by clicking it: colour, note (rich text,
 * autosaved), tags, marking it as a policy point (a small form) and delete.
 * Escape closes; Delete (outside fields) deletes.
 */
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '@shared/highlight'
import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { NoteEditor } from '../../editor'
import { MarkPolicyForm } from '../policy'
import { TagInput } from '../tags'
import { inField } from './HighlightToolbar'
import type { HighlightChanges } from './use-highlights'

export type CardFocus = 'note' | 'tag' | 'policy' | null

interface Props {
  highlight: Highlight
  anchor: DOMRect | null
  focus: CardFocus
  nameOf: (color: HighlightColor) => string
  /** Settles once the change is saved. */
  onChange: (changes: HighlightChanges) => void | Promise<void>
  /** The highlight was marked as a policy point (its tags changed on the server). */
  onMarked: () => void
  onDelete: () => void
  onClose: () => void
}

export function HighlightCard(props: Props): ReactNode {
  const { highlight: h, anchor, focus, nameOf, onChange, onMarked, onDelete, onClose } = props
  const { t } = useTranslation()
  const [marking, setMarking] = useState(focus === 'policy')
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose()
      else if ((e.key === 'Delete' || e.key === 'Backspace') && !inField(e)) onDelete()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose, onDelete])

  const top = anchor ? anchor.bottom + window.scrollY + 8 : window.scrollY + 120
  const left = anchor
    ? Math.min(Math.max(8, anchor.left + window.scrollX), window.innerWidth - 380)
    : 24
  return createPortal(
    <section
      className="hl-card"
      aria-label={t('highlights.cardLabel')}
      data-testid="highlight-card"
      style={{ top, left }}
    >
      <div className="hl-card__head">
        <div className="hl-card__colors" role="radiogroup">
          {HIGHLIGHT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={h.color === color}
              className="hl-card__color"
              data-color={color}
              title={nameOf(color)}
              onClick={() => onChange({ color })}
            >
              <span className="hl-swatch" data-color={color} aria-hidden="true" />
              {nameOf(color)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="hl-card__close"
          aria-label={t('highlights.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {h.anchor === 'orphan' && <p className="hl-card__orphan">{t('highlights.orphan')}</p>}
      <blockquote className="hl-card__quote" lang="zh-CN">
        {h.exact}
      </blockquote>
      <NoteEditor
        key={h.id}
        json={h.noteJson}
        text={h.noteText}
        label={t('highlights.note')}
        placeholder={t('highlights.notePlaceholder')}
        autoFocus={focus === 'note'}
        labels={{
          bold: t('highlights.bold'),
          italic: t('highlights.italic'),
          bullet: t('highlights.bullet'),
          number: t('highlights.number'),
          quote: t('highlights.quote'),
          link: t('highlights.link'),
          linkPlaceholder: t('highlights.linkPlaceholder'),
        }}
        onSave={(json, text) => onChange({ note: { json, text } })}
      />
      <TagInput tags={h.tags} autoFocus={focus === 'tag'} onChange={(tags) => onChange({ tags })} />
      {marking && (
        <MarkPolicyForm
          highlight={h}
          onMarked={() => {
            setMarking(false)
            onMarked()
          }}
          onCancel={() => setMarking(false)}
        />
      )}
      <div className="hl-card__foot">
        {!marking && (
          <button
            type="button"
            className="hl-card__mark"
            title={t('policyEdit.markTitle')}
            data-testid="highlight-mark-policy"
            onClick={() => setMarking(true)}
          >
            {t('policyEdit.markAction')}
          </button>
        )}
        <button
          type="button"
          className="hl-card__delete"
          data-testid="highlight-delete"
          onClick={onDelete}
        >
          {t('highlights.delete')}
        </button>
      </div>
    </section>,
    document.body,
  )
}
