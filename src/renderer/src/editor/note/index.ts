/** The rich-text note editor used for highlight notes. */
export { NoteEditor } from './NoteEditor'
export type { NoteToolbarLabels } from './NoteToolbar'
export { AUTOSAVE_DELAY_MS } from './register-autosave'
