/**
 * The article in structure edit mode: its paragraphs as plain text with a
 * split handle between each two, a "merge with the next article" button at
 * the end, and the undo offer for the last change.
 */
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/domain'
import { SplitHandle } from './SplitHandle'
import { UndoOffer } from './UndoOffer'
import type { StructureEdit } from './use-structure-edit'
import './structure.css'

export function StructureEditor({
  article,
  edit,
}: {
  article: Article
  edit: StructureEdit
}): ReactNode {
  const { t } = useTranslation()
  return (
    <section className="structure" data-testid="structure-editor" aria-label={t('structure.label')}>
      <p className="structure__hint">{t('structure.hint')}</p>
      <UndoOffer edit={edit} />
      {edit.error && (
        <p className="structure__error" role="alert">
          {t('structure.failed', { message: edit.error })}
        </p>
      )}
      {article.blocks.map((b, i) => (
        <Fragment key={`${article.contentHash}-${i}`}>
          {i > 0 && <SplitHandle at={i} next={b} busy={edit.busy} onSplit={edit.split} />}
          <p
            className={`structure__block structure__block--${b.kind}`}
            data-testid="structure-block"
            lang="zh-CN"
          >
            {b.text}
          </p>
        </Fragment>
      ))}
      <div className="structure__end">
        <button
          type="button"
          className="button button--quiet"
          data-testid="merge-next"
          disabled={edit.busy}
          onClick={edit.merge}
        >
          {t('structure.mergeNext')}
        </button>
      </div>
    </section>
  )
}
