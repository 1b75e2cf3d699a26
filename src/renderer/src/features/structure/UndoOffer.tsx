/** After a split or merge: what happened, a link to the new article, and the undo button. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import type { StructureEdit } from './use-structure-edit'

export function UndoOffer({ edit }: { edit: StructureEdit }): ReactNode {
  const { t } = useTranslation()
  const last = edit.last
  if (!last) return null
  return (
    <div className="structure__undo" role="status" data-testid="structure-undo-offer">
      {last.kind === 'split' ? (
        <span>
          {t('structure.splitDone')}{' '}
          <a href={routeHref({ name: 'article', id: last.otherId })}>《{last.title}》</a>
        </span>
      ) : (
        <span>{t('structure.mergeDone')}</span>
      )}
      <button
        type="button"
        className="button button--quiet"
        data-testid="structure-undo"
        disabled={edit.busy}
        onClick={edit.undo}
      >
        {t('structure.undo')}
      </button>
    </div>
  )
}
