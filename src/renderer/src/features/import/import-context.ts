/** The import actions and state shared by the Import button, drag and drop and the library list. */
import { createContext, useContext } from 'react'
import type { ImportProblem } from './import-report'

export interface Importer {
  /** True while an import is running. */
  busy: boolean
  /** 'electron' when a native file dialog is available; null until known. */
  shell: 'electron' | 'browser' | null
  /** Bumped after every import that changed the library; lists refetch on it. */
  revision: number
  /** Files the last import could not take; shown by <ImportErrors> until dismissed. */
  problems: readonly ImportProblem[]
  importFiles(files: readonly File[]): Promise<void>
  importWithDialog(): Promise<void>
  /** Opens the paste box; pasted text goes through the same review as a file. */
  openPaste(): void
  dismissProblems(): void
}

export const ImporterContext = createContext<Importer | null>(null)

/** The importer from the nearest ImportProvider. */
export function useImporter(): Importer {
  const importer = useContext(ImporterContext)
  if (!importer) throw new Error('useImporter must be used inside <ImportProvider>')
  return importer
}
