/**
 * The library as the two UI shells hold it: open and healthy, or damaged.
 * A damaged library (failed quick_check, truncated, not a library) does not
 * stop the app: the session serves the backup calls and `library.health`,
 * and every other call fails with LIBRARY_UNREADABLE, so the UI can show a
 * clear screen offering the newest good backup. Restoring closes the
 * library, swaps the file and reopens it behind the same handler table.
 */
import { callNames } from '@shared/contract'
import { AppException, type AppError } from '@shared/result'
import type { Handlers } from '../api/handlers'
import { backupLibrary, dailyBackupDue } from '../backup/create-backup'
import { restoreLibrary } from '../backup/restore'
import { openLibrary, type Library, type OpenOptions } from '../db/open'
import { backupHandlers } from './backup-handlers'

export interface LibrarySession {
  readonly path: string
  /** The open library; throws LIBRARY_UNREADABLE while the library is damaged. */
  readonly library: Library
  /** Why the library could not be opened; null when it is open. */
  readonly problem: AppError | null
  /** Every contract call, stable across restores. */
  readonly handlers: Handlers
  /** Closes the library, replaces it with `source` (validated first) and reopens it. */
  restore(source: string): Promise<{ articleCount: number; previous: string | null }>
  /** Takes the daily backup when the newest automatic one is over a day old. */
  backupIfDue(now?: Date): Promise<string | null>
  close(): void
}

export interface SessionOptions extends OpenOptions {
  /** Builds the call table over a freshly opened library. */
  build: (library: Library) => Handlers
}

export function openLibrarySession(path: string, options: SessionOptions): LibrarySession {
  let library: Library | null = null
  let problem: AppError | null = null
  let inner: Handlers | null = null

  const open = (): void => {
    try {
      library = openLibrary(path, options)
      problem = null
      inner = options.build(library)
    } catch (err) {
      if (!(err instanceof AppException) || err.code !== 'LIBRARY_UNREADABLE') throw err
      library = null
      inner = null
      problem = err.toAppError()
    }
  }

  const session: LibrarySession = {
    path,
    get library(): Library {
      if (!library) throw damaged(problem)
      return library
    },
    get problem() {
      return problem
    },
    handlers: {} as Handlers,
    async restore(source) {
      inner = null // calls arriving mid-restore get LIBRARY_UNREADABLE, not a closed connection
      library?.close()
      library = null
      try {
        const outcome = await restoreLibrary(path, source, options)
        return { articleCount: outcome.articleCount, previous: outcome.previous }
      } finally {
        open()
      }
    },
    async backupIfDue(now = new Date()) {
      if (!library || !dailyBackupDue(path, now)) return null
      return backupLibrary(library.db, path, 'daily', { now })
    },
    close() {
      library?.close()
      library = null
    },
  }

  const own = backupHandlers(session, options.nativeBinding)
  const table: Record<string, (input: unknown) => unknown> = {}
  for (const name of callNames) {
    table[name] =
      name in own
        ? (own as Record<string, (input: unknown) => unknown>)[name]!
        : (input) => {
            if (!inner) throw damaged(problem)
            return (inner as Record<string, (input: unknown) => unknown>)[name]!(input)
          }
  }
  ;(session as { handlers: Handlers }).handlers = table as unknown as Handlers
  open()
  return session
}

function damaged(problem: AppError | null): AppException {
  return new AppException(
    'LIBRARY_UNREADABLE',
    problem?.message ?? 'the library is closed',
    problem?.file,
  )
}
