/**
 * A stand-in for the `electron` module in unit tests (the binary is not
 * needed): records what the main process asks of it so tests can assert the
 * security settings and the IPC registration.
 */
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export interface FakeWebContents {
  id: number
  windowOpenHandler?: (details: { url: string }) => { action: string }
  listeners: Record<string, Listener>
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void
  on(event: string, l: Listener): void
}

export function makeElectronMock() {
  const windows: {
    options: Record<string, unknown>
    webContents: FakeWebContents
    loaded?: string
  }[] = []
  const ipcHandlers = new Map<string, Listener>()
  const permission: { request?: Listener; check?: Listener } = {}
  const exposed: Record<string, unknown> = {}
  const invoked: { channel: string; input: unknown }[] = []

  class BrowserWindow {
    webContents: FakeWebContents
    constructor(options: Record<string, unknown>) {
      this.webContents = {
        id: windows.length + 1,
        listeners: {},
        setWindowOpenHandler(h) {
          this.windowOpenHandler = h
        },
        on(event, l) {
          this.listeners[event] = l
        },
      }
      windows.push({ options, webContents: this.webContents })
    }
    once(): void {}
    on(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      windows[windows.length - 1]!.loaded = url
      return Promise.resolve()
    }
    static getAllWindows(): unknown[] {
      return windows
    }
  }

  const electron = {
    BrowserWindow,
    app: { getAppPath: () => '/app', setName: vi.fn(), setPath: vi.fn(), on: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: {
      showOpenDialog: vi.fn(),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (permission.request = h),
        setPermissionCheckHandler: (h: Listener) => (permission.check = h),
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    ipcMain: {
      handle: (channel: string, l: Listener) => ipcHandlers.set(channel, l),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push({ channel, input })
        return Promise.resolve({ ok: true, value: null })
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value),
    },
  }
  return { electron, windows, ipcHandlers, permission, exposed, invoked }
}
