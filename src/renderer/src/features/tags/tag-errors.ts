/**
 * A failed tag call as a sentence for the person, in the interface language:
 * a name clash, a move or merge into the tag's own subtree, a tag that is
 * gone. The library's own message is kept only for the unexpected.
 */
import type { TFunction } from 'i18next'
import { ApiError } from '../../api/client'

/** Which action failed, so an INVALID_INPUT can be told apart (bad name vs. cycle). */
export type TagAction = 'rename' | 'move' | 'merge' | 'color' | 'delete'

export function tagErrorText(t: TFunction, action: TagAction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'DUPLICATE') return t('tagManager.errors.clash')
    if (err.code === 'NOT_FOUND') return t('tagManager.errors.gone')
    if (err.code === 'INVALID_INPUT') {
      if (action === 'move' || action === 'merge') return t('tagManager.errors.cycle')
      if (action === 'rename') return t('tagManager.errors.badName')
    }
  }
  const message = err instanceof Error ? err.message : String(err)
  return t('tagManager.errors.other', { message })
}
