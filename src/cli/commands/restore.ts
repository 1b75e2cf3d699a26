/**
 * `pizhu restore FILE | --latest`: replace the library with a backup. Works
 * when the library itself cannot be opened; the replaced library is kept in
 * backups/.
 */
import { resolve } from 'node:path'
import { newestGoodBackup } from '../../main/core/backup/newest-good'
import { restoreLibrary } from '../../main/core/backup/restore'
import { openLibrary } from '../../main/core/db/open'
import { AppException } from '@shared/result'
import { UsageError } from '../args'
import type { PathCommand } from '../command'

export const restoreCommand: PathCommand = {
  name: 'restore',
  synopsis: 'FILE | --latest',
  summary: 'replace the library with a backup (the current one is kept in backups/)',
  options: { latest: { type: 'boolean' } },
  opensLibrary: false,
  async run({ libraryPath, args, options, json }) {
    const latest = options['latest'] === true
    if (latest === (args.length === 1) || args.length > 1) {
      throw new UsageError('restore needs exactly one FILE, or --latest')
    }
    const source = latest ? newestGoodBackup(libraryPath)?.path : resolve(args[0]!)
    if (!source) {
      throw new AppException('NOT_FOUND', `${libraryPath}: no usable backup found`, libraryPath)
    }
    const outcome = await restoreLibrary(libraryPath, source)
    openLibrary(libraryPath).close() // migrates a backup from an older version now
    if (json) return JSON.stringify({ restored: source, ...outcome }, null, 2)
    const kept = outcome.previous ? `; the replaced library is kept as ${outcome.previous}` : ''
    return `restored ${source} (${outcome.articleCount} articles)${kept}`
  },
}
