/**
 * A labelled filter input that applies its value on Enter, on leaving it, or
 * (dates) on change. Give it `key={value}` so a value set elsewhere resets the draft.
 */
import { useState, type ReactNode } from 'react'

interface Props {
  label: string
  value: string
  type?: 'text' | 'date'
  onCommit: (value: string) => void
}

export function FilterField({ label, value, type = 'text', onCommit }: Props): ReactNode {
  const [draft, setDraft] = useState(value)
  const commit = (v: string): void => {
    if (v.trim() !== value) onCommit(v.trim())
  }
  return (
    <label className="search-field">
      <span className="search-field__label">{label}</span>
      <input
        className="search-field__input"
        type={type}
        value={draft}
        lang="zh-CN"
        onChange={(e) => {
          setDraft(e.target.value)
          if (type === 'date') commit(e.target.value)
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft)
        }}
      />
    </label>
  )
}
