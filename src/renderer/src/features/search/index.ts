/** Search: the header box, the results view and saved searches as smart collections. */
export { SearchBox } from './SearchBox'
export { SearchView } from './SearchView'
export { SavedSearchList } from './SavedSearchList'
export { paramsFromRequest } from './search-params'
