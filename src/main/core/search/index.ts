/** Full-text search over articles, highlights, notes and tags (issue 6). */
export { search } from './search'
export { rebuildSearchIndex, type ReindexReport } from './reindex'
export { registerSearchFunctions } from './functions'
export { fold } from './fold'
export { parseQuery } from './query'
