/**
 * `pizhu text replace [--article ID | --all] OLD NEW [--dry-run]`: a batch
 * correction that re-anchors every affected highlight and reports the outcome.
 * `text split|merge|undo` change an article's structure (text-structure.ts).
 */
import { replaceText } from '../../main/core/corrections/replace-text'
import { getArticle } from '../../main/core/db/repos/articles'
import type { ReplaceOutcome } from '@shared/highlight'
import { UsageError } from '../args'
import type { Command } from '../command'
import { runStructure } from './text-structure'

function formatOutcome(o: ReplaceOutcome, dryRun: boolean): string {
  const verb = dryRun ? 'would replace' : 'replaced'
  const h = o.highlights
  return `${verb} ${o.replacements} occurrence(s) in ${o.articles} article(s); highlights: ${h.ok} in place, ${h.moved} moved, ${h.orphan} orphaned`
}

export const textCommand: Command = {
  name: 'text',
  synopsis:
    'replace [--article ID | --all] OLD NEW [--dry-run] | split ARTICLE_ID --at BLOCK [--title T] | merge ARTICLE_ID | undo ARTICLE_ID',
  summary:
    'correct text, split an article at a paragraph or merge it with the next (and undo), keeping highlights',
  options: {
    article: { type: 'string' },
    all: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    at: { type: 'string' },
    title: { type: 'string' },
  },
  run(ctx) {
    const { library, args, options, json } = ctx
    if (args[0] === 'split' || args[0] === 'merge' || args[0] === 'undo') return runStructure(ctx)
    if (args[0] !== 'replace') {
      throw new UsageError('text needs a sub-command: replace, split, merge or undo')
    }
    if (args.length !== 3) throw new UsageError('text replace needs OLD and NEW')
    const [, find, replace] = args as [string, string, string]
    const all = options.all === true
    if (all === (options.article !== undefined)) {
      throw new UsageError('text replace needs exactly one of --article ID or --all')
    }
    let ids: number[] | 'all' = 'all'
    if (!all) {
      const id = Number(options.article)
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError('--article must be a positive whole number')
      getArticle(library.db, id)
      ids = [id]
    }
    const dryRun = options['dry-run'] === true
    const outcome = replaceText(library.db, ids, { find, replace, dryRun })
    return json ? JSON.stringify(outcome, null, 2) : formatOutcome(outcome, dryRun)
  },
}
