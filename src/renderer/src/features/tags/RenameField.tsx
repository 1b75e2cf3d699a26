/** Inline rename of a tag's last path part: Enter saves, Escape cancels. */
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  name: string
  onSave: (name: string) => void
  onCancel: () => void
}

export function RenameField({ name, onSave, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [value, setValue] = useState(name)
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const next = value.trim()
    if (next === name) onCancel()
    else if (next) onSave(next)
  }
  return (
    <form className="tag-edit__form" onSubmit={submit}>
      <input
        value={value}
        autoFocus
        maxLength={100}
        aria-label={t('tagManager.renameLabel')}
        data-testid="tag-rename-input"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel()
        }}
      />{' '}
      <button type="submit" className="button button--primary" data-testid="tag-rename-save">
        {t('tagManager.save')}
      </button>{' '}
      <button type="button" className="button" onClick={onCancel}>
        {t('tagManager.cancel')}
      </button>
    </form>
  )
}
