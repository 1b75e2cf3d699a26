/** The reader: one article, read-only, in Chinese book typography. */
export { ReaderView } from './ReaderView'
