/** One tag as a chip in its colour, optionally with a remove button. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagColor } from '@shared/calls/tags'
import { tagColorClass } from './tag-colors'
import './tags.css'

interface Props {
  path: string
  color: TagColor | null | undefined
  onRemove?: () => void
  testId?: string
}

export function TagChip({ path, color, onRemove, testId }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <span
      className={`hl-tag tag-chip ${tagColorClass(color)}`}
      data-testid={testId}
      data-color={color ?? ''}
    >
      {path}
      {onRemove && (
        <button
          type="button"
          className="hl-tag__remove"
          aria-label={t('highlights.removeTag', { tag: path })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  )
}
