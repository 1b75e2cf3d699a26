/** The library's backups, loaded when a restore panel opens. */
import type { BackupInfo } from '@shared/calls/backups'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'

export interface BackupsState {
  backups: BackupInfo[] | null
  error: string | null
}

export function useBackups(): BackupsState {
  const [state, setState] = useState<BackupsState>({ backups: null, error: null })
  useEffect(() => {
    let live = true
    call('backup.list', {}).then(
      (backups) => live && setState({ backups, error: null }),
      (err: unknown) =>
        live && setState({ backups: [], error: err instanceof Error ? err.message : String(err) }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}

/** Restores backup `name`, then reloads the window so every view reads the restored library. */
export async function restoreAndReload(name: string): Promise<void> {
  await call('backup.restore', { name })
  window.location.reload()
}
