import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }))

const { applicationMenuTemplate } = await import('./menu')

function roles(items: ReturnType<typeof applicationMenuTemplate>): string[] {
  return items.flatMap((item) => [
    String(item.role ?? ''),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('application menu', () => {
  it('leaves Ctrl/Cmd +/−/0 to the reader and hides devtools outside development', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const all = roles(applicationMenuTemplate(platform, false))
      expect(all).not.toContain('zoomIn')
      expect(all).not.toContain('zoomOut')
      expect(all).not.toContain('resetZoom')
      expect(all).not.toContain('toggleDevTools')
      expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'undo']))
    }
    expect(roles(applicationMenuTemplate('linux', true))).toContain('toggleDevTools')
  })
})
