/** The backups of the library, newest first, each with a Restore button that asks first. */
import type { BackupInfo } from '@shared/calls/backups'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { restoreAndReload } from './use-backups'

interface Props {
  backups: readonly BackupInfo[]
  /** The backup to mark as the one we recommend (the newest good one). */
  recommended?: string | null
}

export function BackupList({ backups, recommended }: Props): ReactNode {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (backups.length === 0) return <p className="backup-list__empty">{t('backup.none')}</p>

  const restore = (b: BackupInfo): void => {
    const when = new Date(b.createdAt).toLocaleString(i18n.language)
    if (!window.confirm(t('backup.confirmRestore', { when }))) return
    setBusy(b.name)
    setError(null)
    restoreAndReload(b.name).catch((err: unknown) => {
      setBusy(null)
      setError(t('backup.restoreFailed', { message: err instanceof Error ? err.message : '' }))
    })
  }

  return (
    <>
      {error && (
        <p className="backup-list__error" role="alert">
          {error}
        </p>
      )}
      <ul className="backup-list" data-testid="backup-list">
        {backups.map((b) => (
          <li key={b.name} className="backup-list__item">
            <span className="backup-list__when">
              {new Date(b.createdAt).toLocaleString(i18n.language)}
            </span>
            <span className="backup-list__kind">{t(`backup.kind.${b.kind}`)}</span>
            <span className="backup-list__size">
              {t('backup.size', { size: (b.bytes / 1024 / 1024).toFixed(1) })}
            </span>
            {b.name === recommended && (
              <span className="backup-list__badge">{t('backup.recommended')}</span>
            )}
            <button
              type="button"
              className={b.name === recommended ? 'button button--primary' : 'button'}
              disabled={busy !== null}
              onClick={() => restore(b)}
            >
              {busy === b.name ? t('backup.restoring') : t('backup.restore')}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
