/** Formatting a note's selection, as the note toolbar's buttons do. */
import { TOGGLE_LINK_COMMAND } from '@lexical/link'
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list'
import { $createQuoteNode } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical'

export type NoteFormat = 'bold' | 'italic' | 'bullet' | 'number' | 'quote'

export function formatNote(editor: LexicalEditor, format: NoteFormat): void {
  if (format === 'bold' || format === 'italic') {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)
  } else if (format === 'bullet') {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)
  } else if (format === 'number') {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)
  } else {
    editor.update(() => {
      const selection = $getSelection()
      if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createQuoteNode())
    })
  }
  editor.focus()
}

/** Makes the selection a link to `url`, or removes the link when `url` is empty. */
export function linkNote(editor: LexicalEditor, url: string): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim() || null)
}
