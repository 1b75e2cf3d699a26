/**
 * Start-up shared by the two UI shells (Electron window, browser host):
 * resolve and open the library, take the daily backup when one is due, show
 * the sample articles on first launch, and build the contract handlers over
 * it. A damaged library does not stop start-up: the context serves the
 * "library damaged" state (see session/library-session.ts).
 */
import { join } from 'node:path'
import { version } from '../../../package.json'
import { createHandlers, type Handlers } from './api/handlers'
import type { PdfPrinter } from './export/pdf'
import type { Library, OpenOptions } from './db/open'
import { resolveLibraryPath } from './paths'
import { seedSampleLibrary } from './sample'
import { openLibrarySession, type LibrarySession } from './session/library-session'

export const APP_VERSION: string = version

export interface AppContext {
  /** The open library; throws LIBRARY_UNREADABLE while it is damaged. */
  readonly library: Library
  readonly libraryPath: string
  readonly session: LibrarySession
  handlers: Handlers
  close(): void
}

export interface AppContextOptions extends OpenOptions {
  libraryPath?: string
  shell: 'electron' | 'browser'
  /** The folder holding `sample/`; no sample library when omitted. */
  resourcesDir?: string
  /** Take the daily backup at start-up when the last one is over a day old (default true). */
  dailyBackup?: boolean
  /** Prints PDF exports (the app passes Electron's printToPDF); headless Chromium when absent. */
  pdfPrinter?: PdfPrinter
}

export async function openAppContext(options: AppContextOptions): Promise<AppContext> {
  const session = openLibrarySession(resolveLibraryPath(options.libraryPath), {
    ...options,
    build: (library) =>
      createHandlers({
        library,
        shell: options.shell,
        version: APP_VERSION,
        ...(options.pdfPrinter ? { pdfPrinter: options.pdfPrinter } : {}),
      }),
  })
  if (!session.problem) {
    if (options.dailyBackup !== false) await session.backupIfDue()
    if (options.resourcesDir) {
      await seedSampleLibrary(session.library.db, join(options.resourcesDir, 'sample'))
    }
  }
  return {
    get library() {
      return session.library
    },
    libraryPath: session.path,
    session,
    handlers: session.handlers,
    close: () => session.close(),
  }
}
