/**
 * Reports what the reader does with the text: a selection made with the mouse
 * or keyboard (as article offsets plus where it is on screen), and a click on
 * a highlight (its ids, innermost last). The editor is read-only, so this
 * listens to the DOM and maps points through Lexical.
 */
import type { LexicalEditor } from 'lexical'
import { $rangeOfSelection } from './$offset-of-point'

export interface SelectionReport {
  start: number
  end: number
  rect: DOMRect
}

export interface SelectionHandlers {
  onSelect(report: SelectionReport | null): void
  onMarkClick(ids: number[], rect: DOMRect): void
}

export function registerSelection(
  editor: LexicalEditor,
  blockLengths: () => readonly number[],
  handlers: SelectionHandlers,
): () => void {
  const report = (): void => {
    const selection = window.getSelection()
    const root = editor.getRootElement()
    if (!selection || !root || selection.rangeCount === 0) return handlers.onSelect(null)
    const dom = selection.getRangeAt(0)
    if (!root.contains(dom.commonAncestorContainer)) return handlers.onSelect(null)
    const range = editor.read(() => $rangeOfSelection(blockLengths(), selection))
    handlers.onSelect(range && { ...range, rect: dom.getBoundingClientRect() })
  }
  const onClick = (e: MouseEvent): void => {
    const selection = window.getSelection()
    if (selection && !selection.isCollapsed) return
    const mark = (e.target as Element | null)?.closest?.('mark[data-highlight-ids]')
    if (!(mark instanceof HTMLElement)) return
    const ids = (mark.dataset.highlightIds ?? '').split(' ').filter(Boolean).map(Number)
    if (ids.length) handlers.onMarkClick(ids, mark.getBoundingClientRect())
  }
  const onKeyUp = (e: KeyboardEvent): void => {
    if (e.shiftKey || e.key.startsWith('Arrow')) report()
  }
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('mouseup', report)
    previous?.removeEventListener('keyup', onKeyUp)
    previous?.removeEventListener('click', onClick)
    root?.addEventListener('mouseup', report)
    root?.addEventListener('keyup', onKeyUp)
    root?.addEventListener('click', onClick)
  })
}
