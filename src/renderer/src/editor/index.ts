/** The Lexical setup the features use: the article editor and its node types. */
export { ArticleEditor } from './ArticleEditor'
export { CaptionNode, $createCaptionNode, $isCaptionNode } from './CaptionNode'
export { articleNodes } from './nodes'
export { articleTheme } from './theme'
export type { MarkRange, SelectionHandlers, SelectionReport } from './highlight'
export { NoteEditor, type NoteToolbarLabels } from './note'
export {
  FlashAt,
  articleRoot,
  blockStarts,
  lineTopOf,
  offsetAtLine,
  rangeAt,
  renderedLength,
  renderedText,
  scrollOffsetTo,
  type BlockStart,
} from './flash'
export { PolicyHints, type Hint } from './policy-hints'
