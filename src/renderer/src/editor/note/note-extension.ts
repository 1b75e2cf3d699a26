/**
 * The note editor: rich text (bold, italic, quotes), lists, links and
 * undo history. Module-scoped so the editor is not re-created per render.
 */
import { HistoryExtension } from '@lexical/history'
import { LinkExtension } from '@lexical/link'
import { ListExtension } from '@lexical/list'
import { RichTextExtension } from '@lexical/rich-text'
import { defineExtension } from 'lexical'

export const noteExtension = defineExtension({
  name: '@pizhu/note',
  namespace: 'pizhu-note',
  dependencies: [RichTextExtension, HistoryExtension, ListExtension, LinkExtension],
  theme: {
    paragraph: 'note__paragraph',
    quote: 'note__quote',
    list: { ul: 'note__ul', ol: 'note__ol', listitem: 'note__li' },
    link: 'note__link',
    text: { bold: 'note__bold', italic: 'note__italic' },
  },
  onError: (error: Error) => {
    console.error('[pizhu note]', error)
  },
})
