/**
 * One tag in the browser: expand/collapse, colour swatch, name (a link to
 * search filtered by the tag), counts and actions; below it, the open
 * editor (rename, move, merge, colour) with its error, if any.
 */
import type { CSSProperties, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagColor, TagSummary } from '@shared/calls/tags'
import { ColorPalette } from './ColorPalette'
import { RenameField } from './RenameField'
import { TargetPicker } from './TargetPicker'
import { tagColorClass } from './tag-colors'
import { tagCountsText } from './tag-counts'
import type { TagRowModel } from './tag-tree'

export type EditMode = 'rename' | 'move' | 'merge' | 'color'

/** What a row asks the browser to do; each resolves when the library answered. */
export interface RowActions {
  rename: (name: string) => void
  move: (parentId: number | null) => void
  merge: (intoId: number) => void
  setColor: (color: TagColor | null) => void
  remove: () => void
}

interface Props {
  row: TagRowModel
  tags: readonly TagSummary[]
  collapsed: boolean
  onToggle: () => void
  editing: EditMode | null
  onEdit: (mode: EditMode | null) => void
  error: string | null
  href: string
  actions: RowActions
}

const MODES: readonly EditMode[] = ['rename', 'move', 'merge', 'color']

export function TagRow(props: Props): ReactNode {
  const { row, tags, collapsed, onToggle, editing, onEdit, error, href, actions } = props
  const { t } = useTranslation()
  const { tag, depth, hasChildren } = row
  const style = { '--depth': depth } as CSSProperties
  return (
    <li className="tag-row" data-testid="tag-row" data-path={tag.path} style={style}>
      <div className="tag-row__main">
        <button
          type="button"
          className="tag-row__toggle"
          disabled={!hasChildren}
          aria-expanded={hasChildren ? !collapsed : undefined}
          aria-label={t(collapsed ? 'tagManager.expand' : 'tagManager.collapse', {
            name: tag.name,
          })}
          onClick={onToggle}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        <button
          type="button"
          className={`tag-swatch ${tagColorClass(tag.color)}`}
          aria-label={t('tagManager.color')}
          title={t(tag.color ? `tagManager.colors.${tag.color}` : 'tagManager.colors.none')}
          data-color={tag.color ?? ''}
          data-testid="tag-swatch"
          onClick={() => onEdit(editing === 'color' ? null : 'color')}
        />
        <a
          className="tag-row__name"
          href={href}
          title={tag.path}
          data-testid="tag-name"
          lang="zh-CN"
        >
          {tag.name}
        </a>
        <span className="tag-row__counts" data-testid="tag-counts">
          {tagCountsText(t, tag)}
        </span>
        <span className="tag-row__spacer" />
        <span className="tag-row__actions">
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              className="button"
              aria-pressed={editing === m}
              data-testid={`tag-${m}`}
              onClick={() => onEdit(editing === m ? null : m)}
            >
              {t(`tagManager.${m}`)}
            </button>
          ))}
          <button
            type="button"
            className="button"
            data-testid="tag-delete"
            onClick={actions.remove}
          >
            {t('tagManager.delete')}
          </button>
        </span>
      </div>
      {(editing || error) && (
        <div className="tag-edit" data-testid="tag-edit">
          {editing === 'rename' && (
            <RenameField name={tag.name} onSave={actions.rename} onCancel={() => onEdit(null)} />
          )}
          {(editing === 'move' || editing === 'merge') && (
            <TargetPicker
              key={editing}
              mode={editing}
              tag={tag}
              tags={tags}
              onPick={(id) =>
                editing === 'move' ? actions.move(id) : id !== null && actions.merge(id)
              }
              onCancel={() => onEdit(null)}
            />
          )}
          {editing === 'color' && <ColorPalette current={tag.color} onPick={actions.setColor} />}
          {error && (
            <p className="tag-edit__error" role="alert" data-testid="tag-error">
              {error}
            </p>
          )}
        </div>
      )}
    </li>
  )
}
