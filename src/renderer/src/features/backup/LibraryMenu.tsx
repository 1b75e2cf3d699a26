/** The header's library menu: back up now, restore a backup, or import a colleague's annotations. */
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { Toast } from '../../ui/Toast'
import { AnnotationImport } from '../sharing'
import { RestorePanel } from './RestorePanel'

export function LibraryMenu(): ReactNode {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [restoring, setRestoring] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const annotationsInput = useRef<HTMLInputElement>(null)

  const backup = (): void => {
    setOpen(false)
    call('backup.create', {}).then(
      () => setNotice(t('backup.done')),
      (err: unknown) =>
        setNotice(t('backup.failed', { message: err instanceof Error ? err.message : '' })),
    )
  }

  return (
    <div className="library-menu">
      <button
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="library-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {t('backup.menu')}
      </button>
      {open && (
        <div className="library-menu__list" role="menu">
          <button type="button" role="menuitem" onClick={backup} data-testid="backup-now">
            {t('backup.backupNow')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="restore-open"
            onClick={() => {
              setOpen(false)
              setRestoring(true)
            }}
          >
            {t('backup.restoreMenu')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="annotations-import"
            onClick={() => {
              setOpen(false)
              annotationsInput.current?.click()
            }}
          >
            {t('sharing.menu')}
          </button>
        </div>
      )}
      <AnnotationImport inputRef={annotationsInput} />
      {restoring && <RestorePanel onClose={() => setRestoring(false)} />}
      {notice && (
        <Toast
          message={notice}
          dismissLabel={t('common.dismiss')}
          onDismiss={() => setNotice(null)}
        />
      )}
    </div>
  )
}
