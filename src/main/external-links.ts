/**
 * Links that leave the app (a link in a note, in an imported article): only
 * http and https, and only after the person confirms in a native dialog
 * showing the full address. Everything else (file:, javascript:, custom
 * schemes that launch programs) is never handed to the operating system.
 */
import { dialog, shell, type BrowserWindow } from 'electron'

/** True for an absolute http(s) URL without embedded credentials. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url)
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password
  } catch {
    return false
  }
}

/** Asks, then opens `url` in the system browser. Resolves to whether it was opened. */
export async function openWebLinkAfterConfirm(
  url: string,
  win: BrowserWindow | null,
): Promise<boolean> {
  if (!isWebLink(url)) return false
  const options = {
    type: 'question' as const,
    buttons: ['在浏览器中打开 Open', '取消 Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: '打开外部链接 Open link',
    message: '要在浏览器中打开这个链接吗？ Open this link in your browser?',
    detail: url,
  }
  const { response } = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options)
  if (response !== 0) return false
  await shell.openExternal(url)
  return true
}
