/** The calls that need a native dialog, replacing the core handlers' browser fallbacks. */
import { dialog, type BrowserWindow } from 'electron'
import type { Handlers } from './core/api/handlers'
import { SUPPORTED_EXTENSIONS } from './core/import/extract'
import { readPickedFiles } from './core/import/picked-files'

/**
 * `import.openDialog`: shows the native picker and returns the picked files'
 * names and bytes (see picked-files.ts); nothing is imported here, the
 * renderer puts them through the review like files picked in the page.
 */
export function withNativeDialogs(
  handlers: Handlers,
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
      if (picked.canceled) return { files: [], refused: [] }
      return readPickedFiles(picked.filePaths)
    },
  }
}
