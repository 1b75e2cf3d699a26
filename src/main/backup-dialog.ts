/**
 * Restoring from any file in Electron: main shows its own open dialog, so the
 * path never comes from the renderer; the file is validated before it
 * replaces the library (core/backup/restore.ts).
 */
import { dialog, type BrowserWindow } from 'electron'
import type { Handlers } from './core/api/handlers'
import type { LibrarySession } from './core/session/library-session'

export function withRestoreDialog(
  handlers: Handlers,
  session: LibrarySession,
  window: () => BrowserWindow | null,
): Handlers {
  return {
    ...handlers,
    'backup.restoreFromDialog': async () => {
      const win = window()
      const options = {
        title: '从备份恢复 Restore from a backup',
        properties: ['openFile'] as 'openFile'[],
        filters: [{ name: 'Pizhu library', extensions: ['sqlite', 'db'] }],
      }
      const picked = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      const file = picked.filePaths[0]
      if (picked.canceled || file === undefined) return null
      return session.restore(file)
    },
  }
}
