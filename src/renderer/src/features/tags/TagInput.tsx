/**
 * Tags of a highlight or an article: chips in their colours, each removable,
 * and a field that adds one on Enter ("a/b" nests), offering existing tags
 * as the person types — by substring or by pinyin initials.
 */
import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { refreshTagCatalog, useTagCatalog } from './tag-catalog'
import { TagChip } from './TagChip'
import { useTagAutocomplete } from './use-tag-autocomplete'
import './tags.css'

interface Props {
  tags: readonly string[]
  /** Called with the new list; refreshes the shared catalog once it settles. */
  onChange: (tags: string[]) => void | Promise<unknown>
  autoFocus?: boolean
  /** Accessible name of the field (defaults to the highlight's). */
  label?: string
  /** Hint shown in the empty field (defaults to the highlight's). */
  placeholder?: string
  /** Test ids of the field and of its chips (default: a highlight's). */
  testIds?: { field: string; chip: string }
}

const HIGHLIGHT_IDS = { field: 'tag-input', chip: 'highlight-tag' }

export function TagInput(props: Props): ReactNode {
  const { tags, onChange, autoFocus, label, placeholder, testIds = HIGHLIGHT_IDS } = props
  const { t } = useTranslation()
  const listId = useId()
  const catalog = useTagCatalog()
  const known = useMemo(() => catalog.map((c) => c.path), [catalog])
  const colors = useMemo(() => new Map(catalog.map((c) => [c.path, c.color])), [catalog])
  // Saves go one after another, each with the whole list as the person left
  // it: a second tag added before the first save returns must not be built on
  // the list from before the first (it would silently drop it). While saves
  // are on their way the field shows the list being saved.
  const [saving, setSaving] = useState<{ list: string[]; count: number } | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const shown = saving ? saving.list : tags
  const change = (next: string[]): void => {
    setSaving((s) => ({ list: next, count: (s?.count ?? 0) + 1 }))
    queue.current = queue.current
      .then(() => onChange(next))
      .then(() => refreshTagCatalog())
      .catch(() => undefined) // the owner shows a failed save; later saves still go
      .finally(() => setSaving((s) => (s && s.count > 1 ? { ...s, count: s.count - 1 } : null)))
  }
  const ac = useTagAutocomplete(known, shown, (path) => change([...shown, path]))
  const open = ac.offers.length > 0

  return (
    <div className="hl-tags">
      {shown.map((tag) => (
        <TagChip
          key={tag}
          path={tag}
          color={colors.get(tag)}
          testId={testIds.chip}
          onRemove={() => change(shown.filter((x) => x !== tag))}
        />
      ))}
      <span className="tag-field">
        <input
          className="hl-tags__input"
          data-testid={testIds.field}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={ac.active >= 0 ? `${listId}-${ac.active}` : undefined}
          value={ac.draft}
          placeholder={placeholder ?? t('highlights.tagPlaceholder')}
          aria-label={label ?? t('highlights.tags')}
          autoFocus={autoFocus}
          onChange={(e) => ac.setDraft(e.target.value)}
          // Tags may have changed elsewhere (another field, an annotation import).
          onFocus={() => void refreshTagCatalog().catch(() => undefined)}
          onKeyDown={ac.onKeyDown}
        />
        {open && (
          <ul className="tag-offers" id={listId} role="listbox" data-testid="tag-suggestions">
            {ac.offers.map((o, i) => (
              <li
                key={o.path}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === ac.active}
                className={`tag-offers__item${i === ac.active ? ' tag-offers__item--active' : ''}`}
                data-testid="tag-suggestion"
                // mousedown, not click: the field keeps focus and the list stays put
                onMouseDown={(e) => {
                  e.preventDefault()
                  ac.pick(o.path)
                }}
              >
                <TagChip path={o.path} color={colors.get(o.path)} />
              </li>
            ))}
          </ul>
        )}
      </span>
    </div>
  )
}
