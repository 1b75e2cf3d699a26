/**
 * The floating toolbar over a fresh selection: the five colours (keys 1–5),
 * note (N), tag (T), marking it as a policy point (P) and correcting the selected text. Keys work while the
 * toolbar shows; Escape dismisses it.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/highlight'
import { useEffect, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { SelectionReport } from '../../editor'

export type ToolbarAction =
  | { kind: 'color'; color: HighlightColor }
  | { kind: 'note' }
  | { kind: 'tag' }
  | { kind: 'policy' }
  | { kind: 'correct' }

interface Props {
  selection: SelectionReport
  nameOf: (color: HighlightColor) => string
  onAction: (action: ToolbarAction) => void
  onDismiss: () => void
}

/** Whether a key event was typed into a field (where shortcuts must not fire). */
export function inField(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

export function HighlightToolbar({ selection, nameOf, onAction, onDismiss }: Props): ReactNode {
  const { t } = useTranslation()
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || (inField(e) && !isReader(e))) return
      const n = Number(e.key)
      if (n >= 1 && n <= 5) onAction({ kind: 'color', color: HIGHLIGHT_COLORS[n - 1]! })
      else if (e.key === 'n' || e.key === 'N') onAction({ kind: 'note' })
      else if (e.key === 't' || e.key === 'T') onAction({ kind: 'tag' })
      else if (e.key === 'p' || e.key === 'P') onAction({ kind: 'policy' })
      else if (e.key === 'Escape') onDismiss()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onAction, onDismiss])

  const { rect } = selection
  const style = {
    top: Math.max(4, rect.top + window.scrollY - 48),
    left: Math.max(8, rect.left + window.scrollX + rect.width / 2),
  }
  return createPortal(
    <div
      className="hl-toolbar"
      role="toolbar"
      aria-label={t('highlights.toolbarLabel')}
      data-testid="highlight-toolbar"
      style={style}
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className="hl-toolbar__color"
          data-color={color}
          data-testid={`highlight-color-${color}`}
          title={t('highlights.colorShortcut', { name: nameOf(color), key: i + 1 })}
          onClick={() => onAction({ kind: 'color', color })}
        >
          <span className="hl-swatch" data-color={color} aria-hidden="true" />
          {nameOf(color)}
        </button>
      ))}
      <span className="hl-toolbar__rule" aria-hidden="true" />
      <button
        type="button"
        title={t('highlights.addNoteLabel')}
        onClick={() => onAction({ kind: 'note' })}
      >
        {t('highlights.addNote')}
      </button>
      <button
        type="button"
        title={t('highlights.addTagLabel')}
        onClick={() => onAction({ kind: 'tag' })}
      >
        {t('highlights.addTag')}
      </button>
      <button
        type="button"
        title={t('policyEdit.markTitle')}
        data-testid="selection-mark-policy"
        onClick={() => onAction({ kind: 'policy' })}
      >
        {t('policyEdit.markAction')}
      </button>
      <button
        type="button"
        title={t('highlights.correctLabel')}
        data-testid="correct-selection"
        onClick={() => onAction({ kind: 'correct' })}
      >
        {t('highlights.correct')}
      </button>
    </div>,
    document.body,
  )
}

/** The read-only article counts as contenteditable but is no field to type in. */
function isReader(e: KeyboardEvent): boolean {
  return !!(e.target as HTMLElement | null)?.closest?.('.article-text')
}
