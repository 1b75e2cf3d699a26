/**
 * The editor an article is shown in: rich text (headings), the article node
 * types and theme, read-only for now. Module-scoped so the editor is not
 * re-created on every render.
 */
import { RichTextExtension } from '@lexical/rich-text'
import { defineExtension } from 'lexical'
import { articleNodes } from './nodes'
import { articleTheme } from './theme'

export const articleExtension = defineExtension({
  name: '@pizhu/article',
  namespace: 'pizhu-article',
  dependencies: [RichTextExtension],
  nodes: () => [...articleNodes],
  theme: articleTheme,
  editable: false,
  onError: (error: Error) => {
    console.error('[pizhu editor]', error)
  },
})
