/**
 * Reading positions as article-text offsets: which offset sits on the first
 * line below a given viewport y, and scrolling so an offset sits there again.
 * Both work on the rendered article (see text-range.ts), outside Lexical.
 */
import { blockStarts, offsetAt, rangeAt, renderedLength } from './text-range'

/** The article's rendered root (the read-only editor's content element). */
export function articleRoot(): Element | null {
  return document.querySelector('[data-testid="reader-content"]')
}

/** The offset of the first character on the line at viewport `y` (block start as fallback). */
export function offsetAtLine(root: Element, y: number): number {
  const box = root.getBoundingClientRect()
  if (box.top >= y) return 0
  const caret = document.caretRangeFromPoint?.(box.left + 4, y)
  if (caret && root.contains(caret.startContainer)) {
    const at = offsetAt(root, caret.startContainer, caret.startOffset)
    if (at !== null) return at
  }
  let last = 0
  for (const { el, start } of blockStarts(root)) {
    if (el.getBoundingClientRect().bottom > y) return start
    last = start
  }
  return last
}

/**
 * The viewport y of the top of the line holding `offset`, or null when the
 * text is not rendered that far yet.
 */
export function lineTopOf(root: Element, offset: number): number | null {
  // One character, not a caret: a caret at a soft line break measures the line before.
  const range = rangeAt(root, offset, Math.min(offset + 1, renderedLength(root)))
  if (!range) return null
  const rects = range.getClientRects()
  return rects.length ? rects[0]!.top : range.getBoundingClientRect().top
}

/**
 * Scrolls the window so the line holding `offset` sits at viewport `y` (its
 * top just above it, so `offsetAtLine(root, y)` reads the same line back);
 * false when the text is not rendered that far yet.
 */
export function scrollOffsetTo(root: Element, offset: number, y: number): boolean {
  const top = lineTopOf(root, offset)
  if (top === null) return false
  window.scrollTo({ top: Math.max(0, window.scrollY + top - y + 4) })
  return true
}
