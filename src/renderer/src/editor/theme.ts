/** Lexical theme: node types mapped to the class names styled in editor.css. */
import type { EditorThemeClasses } from 'lexical'

export const articleTheme: EditorThemeClasses = {
  paragraph: 'article-text__paragraph',
  caption: 'article-text__caption',
  heading: { h2: 'article-text__heading' },
  mark: 'hl',
  markOverlap: 'hl--overlap',
}
