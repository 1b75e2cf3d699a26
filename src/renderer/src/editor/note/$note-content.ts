/** A note's stored forms: Lexical JSON to load, plain text for search and lists. */
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical'

/** Loads a stored note: its JSON when there is one, else its plain text as paragraphs. */
export function loadNote(editor: LexicalEditor, json: string | null, text: string): void {
  if (json) {
    try {
      editor.setEditorState(editor.parseEditorState(json))
      return
    } catch {
      // A note that no longer parses falls back to its plain text below.
    }
  }
  editor.update(
    () => {
      const root = $getRoot()
      root.clear()
      for (const line of text ? text.split('\n') : ['']) {
        const p = $createParagraphNode()
        if (line) p.append($createTextNode(line))
        root.append(p)
      }
    },
    { discrete: true, tag: 'history-merge' },
  )
}

/** The note as plain text: its blocks' text, one per line. */
export function $noteText(): string {
  return $getRoot()
    .getChildren()
    .map((n) => n.getTextContent())
    .join('\n')
    .trim()
}
