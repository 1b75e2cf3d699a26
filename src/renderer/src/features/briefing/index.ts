/** Briefings (简报): the list, the composer, and the export menu other views use. */
export { BriefingsView } from './BriefingsView'
export { BriefingComposer } from './BriefingComposer'
export { ExportMenu } from './ExportMenu'
export { AddToBriefing } from './AddToBriefing'
export { saveExport } from './save-export'
