/**
 * Shows the app only over a healthy library. When the library could not be
 * opened (damaged, truncated, not a library) it shows what happened and
 * offers the backups, newest good one first — never a blank window.
 */
import type { LibraryHealth } from '@shared/calls/backups'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { BackupList } from './BackupList'
import { useBackups } from './use-backups'
import './backup.css'

export function LibraryHealthGate({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation()
  const [health, setHealth] = useState<LibraryHealth | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('library.health', {}).then(setHealth, (err: unknown) =>
      setError(err instanceof Error ? err.message : String(err)),
    )
  }, [])
  if (error) return <p className="damaged__error">{error}</p>
  if (!health) return <p className="damaged__loading">{t('common.loading')}</p>
  if (health.status === 'ok') return children
  return <DamagedLibrary health={health} />
}

function DamagedLibrary({ health }: { health: LibraryHealth }): ReactNode {
  const { t } = useTranslation()
  const { backups } = useBackups()
  return (
    <main className="damaged" data-testid="library-damaged">
      <h1 className="damaged__title">{t('backup.damagedTitle')}</h1>
      <p className="damaged__text">{t('backup.damagedText')}</p>
      <p className="damaged__detail">{health.message}</p>
      <h2 className="damaged__subtitle">
        {health.newestGoodBackup ? t('backup.damagedOffer') : t('backup.damagedNoBackup')}
      </h2>
      {backups && <BackupList backups={backups} recommended={health.newestGoodBackup} />}
    </main>
  )
}
