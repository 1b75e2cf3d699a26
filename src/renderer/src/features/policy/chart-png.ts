/** What the policy charts share: a white background for the saved PNG, and saving a canvas as PNG. */
import type { Plugin } from 'chart.js'

/** Paints the canvas white before each draw so the saved PNG is not transparent. */
export const paperPlugin: Plugin = {
  id: 'paper',
  beforeDraw: (c) => {
    const ctx = c.ctx
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, c.width, c.height)
    ctx.restore()
  },
}

/** Downloads the canvas as `<name>.png` (characters file systems refuse become _). */
export function saveCanvasPng(canvas: HTMLCanvasElement, name: string): void {
  const a = document.createElement('a')
  a.href = canvas.toDataURL('image/png')
  a.download = `${name.replace(/[\\/:*?"<>|]/g, '_')}.png`
  a.click()
}
