/**
 * `pizhu note show|set|clear ARTICLE_ID`: the article's own note (the one the
 * reader shows above the highlights pane), as plain text for scripting.
 * A note set here has no rich-text form; the reader shows it as paragraphs.
 */
import {
  getArticleNote,
  getReadingPosition,
  saveArticleNote,
} from '../../main/core/db/repos/reader-state'
import { UsageError } from '../args'
import type { Command, CommandContext } from '../command'

function articleId(value: unknown): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) {
    throw new UsageError('ARTICLE_ID must be a positive whole number')
  }
  return n
}

function show({ library, args, json }: CommandContext): string {
  if (args.length !== 2) throw new UsageError('note show needs one ARTICLE_ID')
  const id = articleId(args[1])
  const note = getArticleNote(library.db, id)
  if (json) {
    const position = getReadingPosition(library.db, id)
    return JSON.stringify({ articleId: id, ...note, position }, null, 2)
  }
  return note.text || 'No note.'
}

function set({ library, args, json }: CommandContext): string {
  if (args.length !== 3) throw new UsageError('note set needs ARTICLE_ID and the note TEXT')
  const id = articleId(args[1])
  const text = args[2]!.trim()
  if (!text) throw new UsageError('note set needs a non-empty TEXT (use note clear to remove)')
  const note = saveArticleNote(library.db, id, { json: null, text })
  return json ? JSON.stringify({ articleId: id, ...note }, null, 2) : `note saved on article ${id}`
}

function clear({ library, args, json }: CommandContext): string {
  if (args.length !== 2) throw new UsageError('note clear needs one ARTICLE_ID')
  const id = articleId(args[1])
  saveArticleNote(library.db, id, { json: null, text: '' })
  return json ? JSON.stringify({ articleId: id, cleared: true }) : `note cleared on article ${id}`
}

export const noteCommand: Command = {
  name: 'note',
  synopsis: 'show ARTICLE_ID | set ARTICLE_ID TEXT | clear ARTICLE_ID',
  summary: "show, set or clear an article's own note",
  run(ctx) {
    const sub = ctx.args[0]
    if (sub === 'show') return show(ctx)
    if (sub === 'set') return set(ctx)
    if (sub === 'clear') return clear(ctx)
    throw new UsageError('note needs show, set or clear')
  },
}
