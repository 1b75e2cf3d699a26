/**
 * A labelled filter input that applies its value on Enter, on leaving it, or
 * (dates, and a value picked from its suggestions) on change. Give it
 * `key={value}` so a value set elsewhere resets the draft.
 */
import { useId, useState, type ReactNode } from 'react'

interface Props {
  label: string
  value: string
  type?: 'text' | 'date'
  /** Values offered as the person types (the browser's own suggestion list). */
  options?: readonly string[]
  onCommit: (value: string) => void
}

export function FilterField({ label, value, type = 'text', options, onCommit }: Props): ReactNode {
  const [draft, setDraft] = useState(value)
  const listId = useId()
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
        list={options?.length ? listId : undefined}
        onChange={(e) => {
          setDraft(e.target.value)
          if (type === 'date' || options?.includes(e.target.value)) commit(e.target.value)
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft)
        }}
      />
      {options?.length ? (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      ) : null}
    </label>
  )
}
