/**
 * The app's PdfPrinter: Electron's printToPDF on the HTML export, in a
 * hidden, sandboxed window with JavaScript off and its own in-memory
 * session, so the export page can reach nothing and nothing reaches it.
 */
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from './core/export/pdf'

export const electronPdfPrinter: PdfPrinter = {
  async printHtml(html) {
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        javascript: false,
        contextIsolation: true,
        nodeIntegration: false,
        partition: 'pizhu-print',
      },
    })
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      const pdf = await win.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
      })
      return new Uint8Array(pdf)
    } finally {
      win.destroy()
    }
  },
}
