/**
 * Saves a note while it is written: 500 ms after the last change, at once on
 * blur, when the page hides or unloads, and when the editor goes away. Never
 * while an input method is composing (the pinyin is not text yet); the
 * change that ends the composition saves.
 */
import { $getRoot, type LexicalEditor } from 'lexical'
import { $noteText } from './$note-content'

export const AUTOSAVE_DELAY_MS = 500

export type SaveNote = (json: string | null, text: string) => void

export function registerAutosave(editor: LexicalEditor, save: SaveNote): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending = false
  const flush = (): void => {
    clearTimeout(timer)
    if (!pending || editor.isComposing()) return
    pending = false
    const state = editor.getEditorState()
    const text = state.read($noteText)
    const empty = state.read(() => $getRoot().getTextContent().trim() === '')
    save(empty ? null : JSON.stringify(state.toJSON()), text)
  }
  const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (tags.has('history-merge') && !pending) return
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
    pending = true
    clearTimeout(timer)
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS)
  })
  const onHide = (): void => flush()
  window.addEventListener('pagehide', onHide)
  window.addEventListener('beforeunload', onHide)
  const stopRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('focusout', onHide)
    root?.addEventListener('focusout', onHide)
  })
  return () => {
    flush()
    stopUpdates()
    stopRoot()
    window.removeEventListener('pagehide', onHide)
    window.removeEventListener('beforeunload', onHide)
  }
}
