/**
 * The main window and its security settings (Electron's security
 * checklist): isolated, sandboxed renderer without Node; web security on;
 * navigation, new windows and permission requests denied; content only from
 * the app's own `app://` protocol.
 */
import { BrowserWindow, session, type WebPreferences } from 'electron'
import { join } from 'node:path'
import { openWebLinkAfterConfirm } from './external-links'
import { APP_ORIGIN } from './protocol'

/** The webPreferences every Pizhu window is created with. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

/** The URL the renderer is loaded from: the dev server in `electron-vite dev`, else app://. */
export function rendererUrl(env: NodeJS.ProcessEnv = process.env): string {
  const dev = env['ELECTRON_RENDERER_URL']
  if (dev && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(dev)) return dev
  return `${APP_ORIGIN}/index.html`
}

/** True for URLs the window may show: its own origin only. */
export function isOwnUrl(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    // Compare scheme and host: URL.origin is "null" for custom schemes such as app://.
    const u = new URL(url)
    return [rendererUrl(env), APP_ORIGIN].some((allowed) => {
      const a = new URL(allowed)
      return u.protocol === a.protocol && u.host === a.host
    })
  } catch {
    return false
  }
}

/** Denies every permission request (camera, notifications, geolocation, …). */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: '批注 Pizhu',
    backgroundColor: '#f7f4ee',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  const contents = win.webContents
  // New windows are always denied; a web link opens in the system browser once confirmed.
  contents.setWindowOpenHandler(({ url }) => {
    void openWebLinkAfterConfirm(url, win)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl())
  return win
}
