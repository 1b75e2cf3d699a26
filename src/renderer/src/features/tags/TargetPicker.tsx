/**
 * Choosing where a tag goes: a new parent (or the top level) for a move, or
 * the tag to merge it into. Tags under the one being changed are not offered —
 * the library would refuse them as a cycle.
 */
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagSummary } from '@shared/calls/tags'
import { subtreeIds } from './tag-tree'

const TOP = 'top'

interface Props {
  mode: 'move' | 'merge'
  tag: TagSummary
  tags: readonly TagSummary[]
  onPick: (targetId: number | null) => void
  onCancel: () => void
}

export function TargetPicker({ mode, tag, tags, onPick, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const own = subtreeIds(tags, tag.id)
  const targets = tags.filter((x) => !own.has(x.id) && (mode === 'merge' || x.id !== tag.parentId))
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (value === TOP) onPick(null)
    else if (value) onPick(Number(value))
  }
  const label = t(mode === 'move' ? 'tagManager.moveTo' : 'tagManager.mergeInto')
  return (
    <form className="tag-edit__form" onSubmit={submit}>
      <label>
        {label}{' '}
        <select
          value={value}
          autoFocus
          data-testid={`tag-${mode}-target`}
          onChange={(e) => setValue(e.target.value)}
        >
          <option value="">{t('tagManager.choose')}</option>
          {mode === 'move' && tag.parentId !== null && (
            <option value={TOP}>{t('tagManager.top')}</option>
          )}
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.path}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="submit"
        className="button button--primary"
        disabled={!value}
        data-testid={`tag-${mode}-save`}
      >
        {t(mode === 'move' ? 'tagManager.move' : 'tagManager.merge')}
      </button>{' '}
      <button type="button" className="button" onClick={onCancel}>
        {t('tagManager.cancel')}
      </button>
      {mode === 'merge' && <span className="tags-view__hint">{t('tagManager.mergeHint')}</span>}
    </form>
  )
}
