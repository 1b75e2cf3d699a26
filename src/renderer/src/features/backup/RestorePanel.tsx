/**
 * A modal panel listing the backups to restore from. In Electron it also
 * offers any library file through main's own open dialog; the browser host
 * has no such dialog, so there the list is the only choice.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { BackupList } from './BackupList'
import { useBackups } from './use-backups'

function useIsElectron(): boolean {
  const [electron, setElectron] = useState(false)
  useEffect(() => {
    call('library.info', {}).then(
      (info) => setElectron(info.shell === 'electron'),
      () => setElectron(false),
    )
  }, [])
  return electron
}

export function RestorePanel({ onClose }: { onClose(): void }): ReactNode {
  const { t } = useTranslation()
  const { backups, error } = useBackups()
  const electron = useIsElectron()
  const [failed, setFailed] = useState<string | null>(null)
  const fromFile = (): void => {
    call('backup.restoreFromDialog', {}).then(
      (outcome) => outcome && window.location.reload(),
      (err: unknown) =>
        setFailed(t('backup.restoreFailed', { message: err instanceof Error ? err.message : '' })),
    )
  }
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
        {(error ?? failed) && <p className="backup-list__error">{error ?? failed}</p>}
        {backups === null ? <p>{t('common.loading')}</p> : <BackupList backups={backups} />}
        <div className="backup-panel__actions">
          {electron && (
            <button type="button" className="button" onClick={fromFile}>
              {t('backup.fromFile')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('backup.close')}
          </button>
        </div>
      </section>
    </div>
  )
}
