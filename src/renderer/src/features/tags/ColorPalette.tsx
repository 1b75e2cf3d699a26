/** The eight tag colours and "none" as swatches; the current one is pressed. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagColor } from '@shared/calls/tags'
import { TAG_COLORS, tagColorClass } from './tag-colors'

interface Props {
  current: TagColor | null
  onPick: (color: TagColor | null) => void
}

export function ColorPalette({ current, onPick }: Props): ReactNode {
  const { t } = useTranslation()
  const choices: (TagColor | null)[] = [...TAG_COLORS, null]
  return (
    <span role="group" aria-label={t('tagManager.color')} className="tag-edit__palette">
      {choices.map((c) => {
        const name = t(c ? `tagManager.colors.${c}` : 'tagManager.colors.none')
        return (
          <button
            key={c ?? 'none'}
            type="button"
            className={`tag-swatch tag-swatch--large ${tagColorClass(c)}`}
            aria-pressed={current === c}
            aria-label={name}
            title={name}
            data-testid={`tag-color-${c ?? 'none'}`}
            onClick={() => onPick(c)}
          />
        )
      })}
    </span>
  )
}
