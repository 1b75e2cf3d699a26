/** A highlight's tags: each removable, and a field that adds one on Enter ("a/b" nests). */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  tags: readonly string[]
  onChange: (tags: string[]) => void
  autoFocus?: boolean
}

export function TagInput({ tags, onChange, autoFocus }: Props): ReactNode {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const add = (): void => {
    const name = draft
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean)
      .join('/')
    setDraft('')
    if (name && !tags.includes(name)) onChange([...tags, name])
  }
  return (
    <div className="hl-tags">
      {tags.map((tag) => (
        <span key={tag} className="hl-tag" data-testid="highlight-tag">
          {tag}
          <button
            type="button"
            className="hl-tag__remove"
            aria-label={t('highlights.removeTag', { tag })}
            onClick={() => onChange(tags.filter((x) => x !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="hl-tags__input"
        data-testid="tag-input"
        value={draft}
        placeholder={t('highlights.tagPlaceholder')}
        aria-label={t('highlights.tags')}
        autoFocus={autoFocus}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault()
            add()
          }
        }}
      />
    </div>
  )
}
