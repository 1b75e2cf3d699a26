/** The library: the list of articles and the way into importing more. */
export { LibraryView } from './LibraryView'
