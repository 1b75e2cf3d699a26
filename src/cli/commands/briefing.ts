/**
 * `pizhu briefing create TITLE [--tag T | --query Q]... | list | show ID`:
 * briefings for scripting. `create` gathers the highlights of each --tag,
 * then of each --query, each under a heading naming it.
 */
import type { Database } from 'better-sqlite3'
import type { Briefing } from '@shared/calls/briefings'
import { addFrom, createBriefing, listBriefings } from '../../main/core/briefings/briefings'
import { readBriefing } from '../../main/core/briefings/read-briefing'
import { sourceLine } from '../../main/core/export/citation'
import { UsageError } from '../args'
import type { Command, CommandContext, OptionValues } from '../command'

/** The --tag values, then the --query values, each in the order given. */
function sourcesOf(options: OptionValues): { kind: 'tag' | 'query'; value: string }[] {
  const list = (name: string): string[] => {
    const v = options[name]
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  }
  return [
    ...list('tag').map((value) => ({ kind: 'tag' as const, value })),
    ...list('query').map((value) => ({ kind: 'query' as const, value })),
  ]
}

function create(db: Database, title: string, options: OptionValues): Briefing {
  if (!title.trim()) throw new UsageError('briefing create needs a TITLE')
  return db.transaction(() => {
    const b = createBriefing(db, title)
    for (const s of sourcesOf(options))
      addFrom(
        db,
        b.id,
        s.kind === 'tag' ? { kind: 'tag', name: s.value } : { kind: 'query', query: s.value },
      )
    return readBriefing(db, b.id)
  })()
}

function show(b: Briefing): string {
  const lines = [`# ${b.title}  (briefing ${b.id}, citations ${b.citation})`]
  if (b.summaryText) lines.push(b.summaryText)
  for (const item of b.items) {
    if (item.kind === 'heading') lines.push(`\n## ${item.heading}  [item ${item.id}]`)
    else if (item.quote) {
      const q = item.quote
      lines.push(
        `- “${q.quote}”${sourceLine({ ...q, title: q.articleTitle, contentHash: '' })}  [item ${item.id}, highlight ${q.highlightId}]`,
      )
      if (item.commentText) lines.push(`  ${item.commentText.replace(/\n/g, '\n  ')}`)
    } else lines.push(`- (deleted highlight)  [item ${item.id}]`)
  }
  return lines.join('\n')
}

function positiveId(value: string | undefined): number {
  const n = Number(value)
  if (!value || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`briefing show needs a briefing ID (got "${value ?? ''}")`)
  return n
}

export const briefingCommand: Command = {
  name: 'briefing',
  synopsis: 'create TITLE [--tag T | --query Q]... | list | show ID',
  summary: 'create, list or show briefings',
  options: {
    tag: { type: 'string', multiple: true },
    query: { type: 'string', multiple: true },
  },
  run(ctx: CommandContext) {
    const { library, args, json } = ctx
    const db = library.db
    const sub = args[0]
    if (sub === 'create') {
      const b = create(db, args.slice(1).join(' '), ctx.options)
      return json
        ? JSON.stringify(b, null, 2)
        : `created briefing ${b.id}: ${b.title} (${b.items.filter((i) => i.kind === 'quote').length} quotes)`
    }
    if (sub === 'list') {
      const list = listBriefings(db)
      if (json) return JSON.stringify(list, null, 2)
      return list.length
        ? list.map((b) => `${b.id}\t${b.title}\t${b.quotes} quotes\t${b.updatedAt}`).join('\n')
        : 'No briefings.'
    }
    if (sub === 'show') {
      const b = readBriefing(db, positiveId(args[1]))
      return json ? JSON.stringify(b, null, 2) : show(b)
    }
    throw new UsageError('briefing needs create, list or show')
  },
}
