/**
 * Two article notes combined into one, for a merge of two articles that both
 * have a note: the first note's blocks, then a paragraph naming the second
 * article (its title, in bold, between dashes), then the second note's
 * blocks; the plain text (what search indexes) likewise, one block a line.
 * Notes are Lexical JSON (the note editor's state); a note stored as plain
 * text only, or whose JSON no longer parses, contributes its lines as
 * paragraphs, as the note editor would load it.
 */

/** A stored note: Lexical JSON (or null) and its plain text. */
export interface StoredNote {
  json: string | null
  text: string
}

type SerializedNode = Record<string, unknown>

interface SerializedRoot extends SerializedNode {
  children: SerializedNode[]
}

const ROOT: SerializedRoot = {
  type: 'root',
  version: 1,
  children: [],
  direction: null,
  format: '',
  indent: 0,
}

/** A serialized paragraph holding `text` (empty for a blank line), bold when `bold`. */
function paragraph(text: string, bold = false): SerializedNode {
  return {
    type: 'paragraph',
    version: 1,
    children: text
      ? [
          {
            type: 'text',
            version: 1,
            text,
            format: bold ? 1 : 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
        ]
      : [],
    direction: null,
    format: '',
    indent: 0,
    textFormat: bold ? 1 : 0,
    textStyle: '',
  }
}

/** The note's root node: parsed from its JSON, else built from its text lines. */
function rootOf(note: StoredNote): SerializedRoot {
  if (note.json) {
    try {
      const parsed = JSON.parse(note.json) as { root?: Partial<SerializedRoot> }
      const root = parsed.root
      if (root && root.type === 'root' && Array.isArray(root.children)) {
        return { ...ROOT, ...root, children: root.children }
      }
    } catch {
      // Unreadable JSON: the note editor falls back to the plain text, and so does this.
    }
  }
  return { ...ROOT, children: note.text.split('\n').map((line) => paragraph(line)) }
}

/** The separator's text: the second article's title between dashes. */
export function separatorText(title: string): string {
  return `—— ${title} ——`
}

/** `first` then a separator naming `secondTitle`, then `second`, as one stored note. */
export function combineNotes(
  first: StoredNote,
  second: StoredNote,
  secondTitle: string,
): StoredNote {
  const a = rootOf(first)
  const b = rootOf(second)
  const sep = separatorText(secondTitle)
  const root: SerializedRoot = {
    ...a,
    children: [...a.children, paragraph(sep, true), ...b.children],
  }
  return {
    json: JSON.stringify({ root }),
    text: [first.text.trim(), sep, second.text.trim()].join('\n'),
  }
}
