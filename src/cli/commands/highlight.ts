/**
 * `pizhu highlight add|list|delete`: highlights for scripting and batch work,
 * on the same core as the reader.
 */
import { HighlightColor, TagName, type Highlight } from '@shared/highlight'
import { listHighlights } from '../../main/core/db/repos/highlights'
import { getArticle } from '../../main/core/db/repos/articles'
import { createHighlight, deleteHighlight, findQuote } from '../../main/core/highlights/highlights'
import { UsageError } from '../args'
import type { Command, CommandContext } from '../command'

function positiveInt(value: unknown, what: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${what} must be a positive whole number`)
  return n
}

function formatHighlight(h: Highlight): string {
  const note = h.noteText ? `\tnote: ${h.noteText.split('\n')[0]}` : ''
  const tags = h.tags.length ? `\ttags: ${h.tags.join(', ')}` : ''
  return `#${h.id}\tarticle ${h.articleId}\t${h.start}-${h.end}\t${h.color}\t${h.anchor}\t“${h.exact}”${tags}${note}`
}

function add({ library, args, options, json }: CommandContext): string {
  if (args.length !== 2) throw new UsageError('highlight add needs one ARTICLE_ID')
  const articleId = positiveInt(args[1], 'ARTICLE_ID')
  const quote = options.quote
  if (typeof quote !== 'string' || !quote) throw new UsageError('highlight add needs --quote TEXT')
  const occurrence =
    options.occurrence === undefined ? 1 : positiveInt(options.occurrence, '--occurrence')
  const color = HighlightColor.safeParse(options.color ?? 'yellow')
  if (!color.success) {
    throw new UsageError(`--color must be one of ${HighlightColor.options.join(', ')}`)
  }
  const tags = ((options.tag as string[] | undefined) ?? []).map((t) => {
    const parsed = TagName.safeParse(t)
    if (!parsed.success) throw new UsageError(`--tag "${t}" is not a tag name`)
    return parsed.data
  })
  const note = typeof options.note === 'string' ? options.note : ''
  const range = findQuote(library.db, articleId, quote, occurrence)
  const h = createHighlight(library.db, {
    articleId,
    ...range,
    color: color.data,
    noteText: note,
    tags,
  })
  return json ? JSON.stringify(h, null, 2) : `added ${formatHighlight(h)}`
}

function list({ library, options, json }: CommandContext): string {
  const articleId =
    options.article === undefined ? undefined : positiveInt(options.article, '--article')
  if (articleId !== undefined) getArticle(library.db, articleId)
  const rows = listHighlights(library.db, articleId)
  if (json) return JSON.stringify(rows, null, 2)
  return rows.length ? rows.map(formatHighlight).join('\n') : 'No highlights.'
}

function remove({ library, args, json }: CommandContext): string {
  if (args.length !== 2) throw new UsageError('highlight delete needs one highlight ID')
  const h = deleteHighlight(library.db, positiveInt(args[1], 'ID'))
  return json ? JSON.stringify(h, null, 2) : `deleted ${formatHighlight(h)}`
}

export const highlightCommand: Command = {
  name: 'highlight',
  synopsis:
    'add ARTICLE_ID --quote TEXT [--occurrence N] [--color C] [--note TEXT] [--tag T]... | list [--article ID] | delete ID',
  summary: 'add, list or delete highlights',
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    color: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
    article: { type: 'string' },
  },
  run(ctx) {
    const sub = ctx.args[0]
    if (sub === 'add') return add(ctx)
    if (sub === 'list') return list(ctx)
    if (sub === 'delete') return remove(ctx)
    throw new UsageError('highlight needs add, list or delete')
  },
}
