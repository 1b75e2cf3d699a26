/** Finding the backup to offer when the library is damaged. */
import { listBackups, type BackupFile } from './backup-files'
import { validateLibraryFile } from './validate-backup'

/** The newest backup of the library that passes validation, or null when none does. */
export function newestGoodBackup(libraryPath: string, nativeBinding?: string): BackupFile | null {
  for (const b of listBackups(libraryPath)) {
    try {
      validateLibraryFile(b.path, nativeBinding)
      return b
    } catch {
      // damaged or from a newer version: try the next older one
    }
  }
  return null
}
