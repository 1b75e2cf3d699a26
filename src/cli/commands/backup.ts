/** `pizhu backup [FILE]`: a consistent copy of the library, taken while it stays usable. */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { listBackups } from '../../main/core/backup/backup-files'
import { backupLibrary } from '../../main/core/backup/create-backup'
import { AppException } from '@shared/result'
import { UsageError } from '../args'
import type { Command } from '../command'

export const backupCommand: Command = {
  name: 'backup',
  synopsis: '[FILE] [--list]',
  summary: 'back up the library to FILE or into backups/ beside it; --list shows the backups',
  options: { list: { type: 'boolean' } },
  async run({ library, args, options, json }) {
    if (options['list']) {
      const backups = listBackups(library.path).map((b) => ({
        name: b.name,
        path: b.path,
        kind: b.kind,
        createdAt: b.createdAt.toISOString(),
        bytes: b.bytes,
      }))
      if (json) return JSON.stringify(backups, null, 2)
      if (backups.length === 0) return 'No backups yet. Make one with: pizhu backup'
      return backups.map((b) => `${b.createdAt}\t${b.kind}\t${b.bytes} bytes\t${b.path}`).join('\n')
    }
    if (args.length > 1) throw new UsageError('backup takes at most one FILE')
    const target = args[0] === undefined ? undefined : resolve(args[0])
    if (target !== undefined && existsSync(target)) {
      throw new AppException(
        'INVALID_INPUT',
        `${target}: already exists; choose a new file name (a backup never overwrites a file)`,
        target,
      )
    }
    const path = await backupLibrary(library.db, library.path, 'manual', {
      ...(target ? { target } : {}),
    })
    return json ? JSON.stringify({ path }) : `backed up to ${path}`
  },
}
