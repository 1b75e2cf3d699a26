/** `pizhu reindex`: rebuilds the search index from the library, in one transaction. */
import { rebuildSearchIndex } from '../../main/core/search'
import { UsageError } from '../args'
import type { Command } from '../command'

export const reindexCommand: Command = {
  name: 'reindex',
  synopsis: '',
  summary: 'rebuild the search index',
  run({ library, args, json }) {
    if (args.length > 0) throw new UsageError(`reindex takes no arguments (got ${args.join(' ')})`)
    const report = rebuildSearchIndex(library.db)
    if (json) return JSON.stringify(report, null, 2)
    return `reindexed ${report.articles} articles and ${report.highlights} highlights in ${report.ms} ms`
  },
}
