/** Highlights in the article editor: marks from offsets, colours, selection → offsets. */
export { $createMarkedText } from './$marked-text'
export { $offsetOfPoint, $rangeOfSelection } from './$offset-of-point'
export { HighlightMarksPlugin } from './HighlightMarksPlugin'
export { highlightIdOf, markId, type MarkRange } from './types'
export { HighlightSelectionPlugin } from './HighlightSelectionPlugin'
export type { SelectionHandlers, SelectionReport } from './register-selection'
