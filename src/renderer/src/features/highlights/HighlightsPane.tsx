/**
 * The article's highlights in document order: colour, quote, tags and the
 * first line of the note; filter by colour or tag; click to scroll to one
 * and open its card.
 */
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '@shared/highlight'
import { memo, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { TagChip, useTagCatalog } from '../tags'
import { ColorNamesEditor } from './ColorNamesEditor'

interface Props {
  items: readonly Highlight[]
  nameOf: (color: HighlightColor) => string
  onOpen: (h: Highlight) => void
  onReattach: (h: Highlight) => void
  onRename: (color: HighlightColor, name: string) => void
}

/** Memoised: it redraws when its highlights or names change, not as the reader scrolls. */
export const HighlightsPane = memo(function HighlightsPane({
  items,
  nameOf,
  onOpen,
  onReattach,
  onRename,
}: Props): ReactNode {
  const { t } = useTranslation()
  const [color, setColor] = useState<HighlightColor | ''>('')
  const [tag, setTag] = useState('')
  const tags = useMemo(() => [...new Set(items.flatMap((h) => h.tags))].sort(), [items])
  const catalog = useTagCatalog()
  const colorOf = useMemo(() => new Map(catalog.map((c) => [c.path, c.color])), [catalog])
  const shown = items.filter(
    (h) =>
      (!color || h.color === color) &&
      (!tag || h.tags.some((x) => x === tag || x.startsWith(`${tag}/`))),
  )
  return (
    <aside className="hl-pane" aria-label={t('highlights.paneLabel')} data-testid="highlights-pane">
      <h2 className="hl-pane__title">
        {t('highlights.pane')}{' '}
        <span className="hl-pane__count">{t('highlights.count', { count: items.length })}</span>
      </h2>
      <div className="hl-pane__filters">
        <select
          value={color}
          aria-label={t('highlights.allColors')}
          onChange={(e) => setColor(e.target.value as HighlightColor | '')}
        >
          <option value="">{t('highlights.allColors')}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {nameOf(c)}
            </option>
          ))}
        </select>
        <select
          value={tag}
          aria-label={t('highlights.allTags')}
          onChange={(e) => setTag(e.target.value)}
        >
          <option value="">{t('highlights.allTags')}</option>
          {tags.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </div>
      <ColorNamesEditor nameOf={nameOf} onRename={onRename} />
      {items.length === 0 && <p className="hl-pane__empty">{t('highlights.paneEmpty')}</p>}
      <ol className="hl-pane__list">
        {shown.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className="hl-pane__item"
              data-testid="pane-item"
              onClick={() => onOpen(h)}
            >
              <span className="hl-swatch" data-color={h.color} title={nameOf(h.color)} />
              <span className="hl-pane__quote" lang="zh-CN">
                {h.exact}
              </span>
              {h.tags.length > 0 && (
                <span className="hl-pane__tags">
                  {h.tags.map((path) => (
                    <TagChip key={path} path={path} color={colorOf.get(path)} />
                  ))}
                </span>
              )}
              {h.noteText && <span className="hl-pane__note">{h.noteText.split('\n')[0]}</span>}
            </button>
            {h.anchor === 'orphan' && (
              <div className="hl-pane__orphan">
                {t('highlights.orphan')}
                <button
                  type="button"
                  className="hl-pane__reattach"
                  data-testid="reattach"
                  onClick={() => onReattach(h)}
                >
                  {t('highlights.reattach')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </aside>
  )
})
