/** Backups and library health: the header menu and the gate shown over a damaged library. */
export { LibraryMenu } from './LibraryMenu'
export { LibraryHealthGate } from './LibraryHealthGate'
