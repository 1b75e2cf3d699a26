/** `pizhu import FILE...`: import files as one action (all of them or none). */
import { importPaths } from '../../main/core/import/pipeline'
import { UsageError } from '../args'
import type { Command } from '../command'
import { formatImport } from '../format'

export const importCommand: Command = {
  name: 'import',
  synopsis: 'FILE...',
  summary: 'import text files (.txt, .md) into the library',
  async run({ library, args, json }) {
    if (args.length === 0) throw new UsageError('import needs at least one FILE')
    const outcome = await importPaths(library.db, args)
    return json ? JSON.stringify(outcome, null, 2) : formatImport(outcome)
  },
}
