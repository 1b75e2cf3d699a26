/**
 * Saves a rendered export: the browser downloads it under its suggested
 * name (in Electron the download goes through the save dialog, which asks
 * before replacing a file). No file path ever comes from the renderer.
 */
import type { ExportFile } from '@shared/calls/briefings'

export function saveExport(file: Pick<ExportFile, 'fileName' | 'mime' | 'base64'>): void {
  const bin = atob(file.base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
