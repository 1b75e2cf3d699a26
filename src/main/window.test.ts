import { beforeEach, describe, expect, it, vi } from 'vitest'

const mock = vi.hoisted(() => ({
  current: null as null | ReturnType<
    typeof import('../../tests/helpers/electron-mock').makeElectronMock
  >,
}))

vi.mock('electron', async () => {
  const { makeElectronMock: make } = await import('../../tests/helpers/electron-mock')
  mock.current = make()
  return { ...mock.current.electron, default: mock.current.electron }
})

const { createMainWindow, isOwnUrl, lockDownSession, rendererUrl, secureWebPreferences } =
  await import('./window')
const { CONTENT_SECURITY_POLICY } = await import('./core/csp')

describe('Electron security baseline', () => {
  beforeEach(() => {
    delete process.env['ELECTRON_RENDERER_URL']
  })

  it('creates the window isolated, sandboxed, without Node, with web security', () => {
    createMainWindow()
    const win = mock.current!.windows.at(-1)!
    const prefs = win.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.js$/)
    expect(prefs['experimentalFeatures']).toBe(false)
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(secureWebPreferences('/p.js')).toEqual({ ...prefs, preload: '/p.js' })
  })

  it('loads the renderer from app://, never from a remote URL', () => {
    createMainWindow()
    expect(mock.current!.windows.at(-1)!.loaded).toBe('app://pizhu/index.html')
    process.env['ELECTRON_RENDERER_URL'] = 'https://evil.example/'
    expect(rendererUrl()).toBe('app://pizhu/index.html')
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    expect(rendererUrl()).toBe('http://localhost:5173')
  })

  it('denies window.open and opens web links in the system browser only once confirmed', async () => {
    createMainWindow()
    const wc = mock.current!.windows.at(-1)!.webContents
    const { shell, dialog } = mock.current!.electron
    const settle = () => new Promise((r) => setTimeout(r, 0))
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    expect(wc.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' })
    await settle()
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/')

    shell.openExternal.mockClear()
    dialog.showMessageBox.mockClear()
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }) // cancelled
    expect(wc.windowOpenHandler!({ url: 'https://www.gov.cn/zhengce/' })).toEqual({
      action: 'deny',
    })
    await settle()
    expect(shell.openExternal).not.toHaveBeenCalled()

    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://host/share',
      'https://user:pw@evil.example/',
      'not a url',
    ]) {
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    await settle()
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1) // only the cancelled https link asked
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('blocks navigation and redirects away from the app, and webviews', () => {
    createMainWindow()
    const wc = mock.current!.windows.at(-1)!.webContents
    for (const event of ['will-navigate', 'will-redirect']) {
      const foreign = { preventDefault: vi.fn() }
      wc.listeners[event]!(foreign, 'https://evil.example/')
      expect(foreign.preventDefault).toHaveBeenCalled()
      const own = { preventDefault: vi.fn() }
      wc.listeners[event]!(own, 'app://pizhu/index.html#/article/3')
      expect(own.preventDefault).not.toHaveBeenCalled()
    }
    const attach = { preventDefault: vi.fn() }
    wc.listeners['will-attach-webview']!(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
    expect(isOwnUrl('app://other/index.html')).toBe(false)
  })

  it('denies every permission request and check', () => {
    lockDownSession()
    const granted: boolean[] = []
    mock.current!.permission.request!(null, 'media', (ok: boolean) => granted.push(ok))
    mock.current!.permission.request!(null, 'notifications', (ok: boolean) => granted.push(ok))
    expect(granted).toEqual([false, false])
    expect(mock.current!.permission.check!(null, 'geolocation')).toBe(false)
  })

  it('has a strict CSP with no remote origins, inline scripts or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/)
  })
})
