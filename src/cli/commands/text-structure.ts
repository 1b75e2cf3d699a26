/**
 * `pizhu text split ARTICLE_ID --at BLOCK [--title T]`, `pizhu text merge
 * ARTICLE_ID` (with the next article of its source) and `pizhu text undo
 * ARTICLE_ID` (the newest split or merge touching the article).
 */
import { mergeWithNext, splitArticle } from '../../main/core/corrections/split-merge'
import type { StructureOutcome } from '../../main/core/corrections/split-merge'
import { undoStructure } from '../../main/core/corrections/undo-structure'
import { UsageError } from '../args'
import type { CommandContext } from '../command'

function positive(value: unknown, name: string): number {
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(n) || n <= 0) {
    throw new UsageError(`${name} must be a positive whole number`)
  }
  return n
}

function describe(o: StructureOutcome): string {
  if (o.kind === 'split') {
    return `split article ${o.articleId}: new article ${o.otherId}; highlights: ${o.highlightsMoved} moved, ${o.highlightsClipped} clipped at the split point`
  }
  return `merged article ${o.otherId} into ${o.articleId}; ${o.highlightsMoved} highlight(s) moved`
}

/** Runs split, merge or undo; `args[0]` names which. */
export function runStructure({ library, args, options, json }: CommandContext): string {
  const [sub, idArg, ...rest] = args
  if (rest.length) throw new UsageError(`text ${sub} takes one ARTICLE_ID`)
  const id = positive(idArg, 'ARTICLE_ID')
  if (sub === 'undo') {
    const u = undoStructure(library.db, id)
    return json
      ? JSON.stringify(u, null, 2)
      : `undid the ${u.kind} of article ${u.articleId} (articles ${u.articleId} and ${u.otherId} are as before)`
  }
  let out: StructureOutcome
  if (sub === 'split') {
    if (options.at === undefined) throw new UsageError('text split needs --at BLOCK')
    const at = positive(options.at, '--at')
    const title = typeof options.title === 'string' ? options.title : undefined
    out = splitArticle(library.db, id, at, title)
  } else out = mergeWithNext(library.db, id)
  return json ? JSON.stringify(out, null, 2) : describe(out)
}
