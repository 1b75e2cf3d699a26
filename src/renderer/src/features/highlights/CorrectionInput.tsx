/** Edit mode for one selection: type the right text, Enter replaces the wrong one. */
import { useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'

interface Props {
  original: string
  rect: DOMRect
  onApply: (replacement: string) => void
  onCancel: () => void
}

export function CorrectionInput({ original, rect, onApply, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [value, setValue] = useState(original)
  const style = {
    top: rect.top + window.scrollY - 52,
    left: Math.max(8, rect.left + window.scrollX),
  }
  return createPortal(
    <form
      className="hl-correct"
      style={style}
      data-testid="correction-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (value !== original && !value.includes('\n')) onApply(value)
      }}
    >
      <label>
        <span className="hl-correct__label">{t('highlights.correctPrompt')}</span>
        <input
          autoFocus
          lang="zh-CN"
          data-testid="correction-input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit">{t('highlights.correctApply')}</button>
    </form>,
    document.body,
  )
}
