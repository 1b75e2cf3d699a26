/** The calls that need a native dialog, replacing the core handlers' browser fallbacks. */
import { dialog, type BrowserWindow } from 'electron'
import type { Handlers } from './core/api/handlers'
import type { Library } from './core/db/open'
import { SUPPORTED_EXTENSIONS } from './core/import/extract'
import { emptyOutcome, importPaths } from './core/import/pipeline'

export function withNativeDialogs(
  handlers: Handlers,
  library: () => Library,
  window: () => BrowserWindow | null,
): Handlers {
  return {
    ...handlers,
    'import.openDialog': async () => {
      const win = window()
      const options = {
        title: '导入文件 Import',
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: [{ name: 'Documents', extensions: SUPPORTED_EXTENSIONS.map((e) => e.slice(1)) }],
      }
      const picked = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      if (picked.canceled || picked.filePaths.length === 0) return emptyOutcome()
      return importPaths(library().db, picked.filePaths)
    },
  }
}
