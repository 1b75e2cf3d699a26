/** English interface strings; the same keys as `zh-CN.ts`, checked by the type and by keys.test.ts. */
import type { Messages } from './messages'

export const en: Messages = {
  app: {
    name: '批注',
    nameLatin: 'Pizhu',
    tagline: 'Read and annotate policy texts',
  },
  language: {
    switchTo: '中文',
    switchLabel: 'Switch the interface to Chinese',
  },
  common: {
    loading: 'Loading…',
    separator: '·',
    chars_one: '{{formatted}} char',
    chars_other: '{{formatted}} chars',
    dismiss: 'Dismiss',
  },
  library: {
    title: 'Library',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
    importedOn: 'Imported {{date}}',
    loadFailed: 'Could not load the library: {{message}}',
    emptyTitle: 'Your library is empty',
    emptyBody:
      'Click “Import articles” and choose PDF, Word (.docx), web pages (.html) or text files (.txt, .md, any common encoding), or drag files onto this window.',
    emptyFormat: 'The first line of a file becomes the title; every following line is a paragraph.',
  },
  import: {
    button: 'Import articles',
    busy: 'Importing…',
    dropTitle: 'Drop to import',
    dropHint: 'PDF, Word, web pages and text files, several at once if you like',
    imported_one: 'Imported {{count}} article',
    imported_other: 'Imported {{count}} articles',
    duplicates_one: 'skipped {{count}} file already in the library',
    duplicates_other: 'skipped {{count}} files already in the library',
    nothing: 'No new articles were imported',
    listSeparator: '; ',
    failed: 'Import failed: {{message}}',
    tooLarge: '{{file}}: the file is too large (the limit is 64 MB)',
    unreadable: '{{file}}: the file could not be read',
  },
  reader: {
    back: '← Library',
    backLabel: 'Back to the library',
    loadFailed: 'Could not open the article: {{message}}',
    page: 'page {{page}}',
    sourceFile: 'from {{file}}',
    fontSmaller: 'A−',
    fontSmallerLabel: 'Smaller text',
    fontLarger: 'A+',
    fontLargerLabel: 'Larger text',
    fontSizeValue: '{{size}}',
    fontSizeLabel: 'Text size {{size}} pixels',
    contentLabel: 'Article text',
  },
}
