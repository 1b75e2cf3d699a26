/**
 * Start-up shared by the two UI shells (Electron window, browser host):
 * resolve and open the library, show the sample articles on first launch,
 * and build the contract handlers over it.
 */
import { join } from 'node:path'
import { version } from '../../../package.json'
import { createHandlers, type Handlers } from './api/handlers'
import { openLibrary, type Library, type OpenOptions } from './db/open'
import { resolveLibraryPath } from './paths'
import { seedSampleLibrary } from './sample'

export const APP_VERSION: string = version

export interface AppContext {
  library: Library
  handlers: Handlers
}

export interface AppContextOptions extends OpenOptions {
  libraryPath?: string
  shell: 'electron' | 'browser'
  /** The folder holding `sample/`; no sample library when omitted. */
  resourcesDir?: string
}

export async function openAppContext(options: AppContextOptions): Promise<AppContext> {
  const library = openLibrary(resolveLibraryPath(options.libraryPath), options)
  if (options.resourcesDir)
    await seedSampleLibrary(library.db, join(options.resourcesDir, 'sample'))
  const handlers = createHandlers({ library, shell: options.shell, version: APP_VERSION })
  return { library, handlers }
}
