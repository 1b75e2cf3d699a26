/** Structure edit mode in the reader: split an article at a paragraph, merge it with the next, undo. */
export { StructureEditor } from './StructureEditor'
export { StructureToggle } from './StructureToggle'
export { useStructureEdit, type StructureEdit } from './use-structure-edit'
