/** Highlights in the reader: marks, toolbar, card with note and tags, pane, corrections. */
export { HighlightedArticle } from './HighlightedArticle'
export { prefetchHighlights } from './use-highlights'
