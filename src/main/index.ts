/**
 * Electron main process: lifecycle only. Opens the library (the same file
 * the CLI and the browser host use), registers the contract over IPC and
 * shows the window.
 */
import { app, BrowserWindow, dialog } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openAppContext, type AppContext } from './core/app-context'
import { userDataDir } from './core/paths'
import { withRestoreDialog } from './backup-dialog'
import { withNativeDialogs } from './dialogs'
import { registerIpc } from './ipc'
import { electronPdfPrinter } from './print-pdf'
import { installApplicationMenu } from './menu'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { createMainWindow, isOwnUrl, lockDownSession } from './window'

const argLibrary = (() => {
  const i = process.argv.indexOf('--library')
  return i >= 0 ? process.argv[i + 1] : undefined
})()

app.setName('Pizhu')
app.setPath('userData', userDataDir())
registerAppScheme()

let mainWindow: BrowserWindow | null = null
let context: AppContext | null = null

function nativeBinding(): string | undefined {
  const built = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node')
  return existsSync(built) ? built : undefined
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDownSession()
  installApplicationMenu(!app.isPackaged && !!process.env['ELECTRON_RENDERER_URL'])
  handleAppProtocol(join(__dirname, '../renderer'))
  try {
    const binding = nativeBinding()
    context = await openAppContext({
      ...(argLibrary ? { libraryPath: argLibrary } : {}),
      ...(binding ? { nativeBinding: binding } : {}),
      shell: 'electron',
      pdfPrinter: electronPdfPrinter,
      resourcesDir: join(app.getAppPath(), 'resources'),
    })
  } catch (err) {
    dialog.showErrorBox('Pizhu', err instanceof Error ? err.message : String(err))
    app.exit(1)
    return
  }
  const ctx = context
  const handlers = withRestoreDialog(
    withNativeDialogs(ctx.handlers, () => mainWindow),
    ctx.session,
    () => mainWindow,
  )
  registerIpc(handlers, (event) => {
    const frameUrl = event.senderFrame?.url ?? ''
    return (
      mainWindow !== null && event.sender.id === mainWindow.webContents.id && isOwnUrl(frameUrl)
    )
  })
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow()
      mainWindow.on('closed', () => (mainWindow = null))
    }
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => context?.close())

void start()
