/** The five colours' names, each editable in place; a name is saved on Enter or when the field loses focus. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/highlight'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  nameOf: (color: HighlightColor) => string
  onRename: (color: HighlightColor, name: string) => void
}

function NameField({
  color,
  name,
  onRename,
}: {
  color: HighlightColor
  name: string
  onRename: Props['onRename']
}): ReactNode {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(name)
  const commit = (): void => {
    const next = draft.trim()
    if (next && next !== name) onRename(color, next)
    else setDraft(name)
  }
  return (
    <label className="hl-names__row">
      <span className="hl-swatch" data-color={color} aria-hidden="true" />
      <input
        value={draft}
        maxLength={40}
        lang="zh-CN"
        data-testid={`color-name-${color}`}
        aria-label={t('highlights.rename')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit()
        }}
      />
    </label>
  )
}

export function ColorNamesEditor({ nameOf, onRename }: Props): ReactNode {
  const { t } = useTranslation()
  return (
    <details className="hl-names">
      <summary data-testid="color-names">{t('highlights.colorNames')}</summary>
      {HIGHLIGHT_COLORS.map((color) => (
        <NameField
          key={`${color}:${nameOf(color)}`}
          color={color}
          name={nameOf(color)}
          onRename={onRename}
        />
      ))}
    </details>
  )
}
