/**
 * Tags of a highlight or an article: chips in their colours, each removable,
 * and a field that adds one on Enter ("a/b" nests), offering existing tags
 * as the person types — by substring or by pinyin initials.
 */
import { useId, useMemo, type ReactNode } from 'react'
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
  const change = (next: string[]): void => {
    void Promise.resolve(onChange(next)).then(
      () => refreshTagCatalog(),
      () => undefined,
    )
  }
  const ac = useTagAutocomplete(known, tags, (path) => change([...tags, path]))
  const open = ac.offers.length > 0

  return (
    <div className="hl-tags">
      {tags.map((tag) => (
        <TagChip
          key={tag}
          path={tag}
          color={colors.get(tag)}
          testId={testIds.chip}
          onRemove={() => change(tags.filter((x) => x !== tag))}
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
