/**
 * Marks the article's root `data-painted` once a frame showing its text has
 * been painted. editor.css lays out only the blocks on screen until then;
 * the mark lets the browser lay out the rest, after the person sees the text.
 */
import type { LexicalEditor } from 'lexical'

/** Watches `editor` until its root holds text and that frame is painted; returns cleanup. */
export function registerFirstPaint(editor: LexicalEditor): () => void {
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const mark = (): void => {
    frame = 0
    timer = undefined
    const root = editor.getRootElement()
    if (root && root.childElementCount > 0) root.dataset.painted = ''
  }
  const watch = (): void => {
    const root = editor.getRootElement()
    if (!root || root.childElementCount === 0 || 'painted' in root.dataset || frame || timer) return
    // A timeout queued from a frame callback runs once that frame has been painted.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(mark, 0)
    })
  }
  const stop = editor.registerUpdateListener(watch)
  watch()
  return () => {
    stop()
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
