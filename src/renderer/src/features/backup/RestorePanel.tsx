/** A modal panel listing the backups to restore from (the browser host has no file dialog). */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BackupList } from './BackupList'
import { useBackups } from './use-backups'

export function RestorePanel({ onClose }: { onClose(): void }): ReactNode {
  const { t } = useTranslation()
  const { backups, error } = useBackups()
  return (
    <div className="backup-panel__scrim" onClick={onClose}>
      <section
        className="backup-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        data-testid="restore-panel"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="restore-title" className="backup-panel__title">
          {t('backup.restoreTitle')}
        </h2>
        <p className="backup-panel__hint">{t('backup.restoreHint')}</p>
        {error && <p className="backup-list__error">{error}</p>}
        {backups === null ? <p>{t('common.loading')}</p> : <BackupList backups={backups} />}
        <div className="backup-panel__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('backup.close')}
          </button>
        </div>
      </section>
    </div>
  )
}
