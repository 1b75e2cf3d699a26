/**
 * The application menu. Built by hand rather than Electron's default so the
 * zoom accelerators (Ctrl/Cmd +, −, 0) reach the reader, which uses them to
 * change its font size, and so no developer tools open in a packaged app.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron'

export function applicationMenuTemplate(
  platform: NodeJS.Platform = process.platform,
  dev = false,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (mac) template.push({ role: 'appMenu' })
  template.push(
    { label: '文件 File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '编辑 Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '视图 View',
      submenu: [
        { role: 'togglefullscreen' },
        ...(dev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  )
  return template
}

export function installApplicationMenu(dev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, dev)))
}
