/** `pizhu import FILE...`: import files as one action (all of them or none). */
import { UsageError } from '../args'
import type { Command } from '../command'
import { formatImport } from '../format'
import {
  importReviewOptions,
  importWithFlags,
  parseImportFlags,
  proposalJson,
  proposalText,
  proposeFiles,
} from '../import-review'

export const importCommand: Command = {
  name: 'import',
  synopsis: '[--split auto|none] [--dry-run] [--publication P] [--date YYYY-MM-DD] FILE...',
  summary: 'import text files (.txt, .md), split into articles; --dry-run prints the proposal',
  options: { ...importReviewOptions },
  async run({ library, args, json, options }) {
    if (args.length === 0) throw new UsageError('import needs at least one FILE')
    const flags = parseImportFlags(options)
    if (flags.dryRun) {
      const files = await proposeFiles(args, flags)
      return json ? proposalJson(files) : proposalText(files)
    }
    const outcome = await importWithFlags(library.db, args, flags)
    return json ? JSON.stringify(outcome, null, 2) : formatImport(outcome)
  },
}
