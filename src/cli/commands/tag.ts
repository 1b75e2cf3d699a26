/**
 * `pizhu tag list|rename|move|merge|color|delete|article`: the tag tree for
 * scripting, on the same core as the tag browser. Tags are named by path
 * ("产业政策/制造业") or by numeric id. `delete` without --yes only reports
 * what would go, and exits 1.
 */
import { TagColor, type TagSummary } from '@shared/calls/tags'
import { TagName } from '@shared/highlight'
import { AppException } from '@shared/result'
import type { Database } from 'better-sqlite3'
import { articleTags, setArticleTags } from '../../main/core/tags/article-tags'
import { browseTags } from '../../main/core/tags/browse'
import { deleteTag, tagDeleteImpact } from '../../main/core/tags/delete'
import { moveTag, renameTag, setTagColor } from '../../main/core/tags/edit'
import { mergeTags } from '../../main/core/tags/merge'
import { findTag, findTagByPath, requireTag, tagPath } from '../../main/core/tags/tree'
import { UsageError } from '../args'
import type { Command, CommandContext, CommandResult } from '../command'
import { formatDeleteImpact, formatTagTree } from '../tag-format'

/** The id of the tag named by `ref`: a path first, else a numeric id; NOT_FOUND otherwise. */
export function resolveTag(db: Database, ref: string): number {
  const byPath = findTagByPath(db, ref)
  if (byPath) return byPath.id
  if (/^\d+$/.test(ref.trim())) {
    const id = Number(ref.trim())
    if (Number.isSafeInteger(id) && id > 0) return requireTag(db, id).id
  }
  throw new AppException(
    'NOT_FOUND',
    `No tag "${ref}" (give a path such as 产业政策/制造业, or an id from pizhu tag list)`,
  )
}

/**
 * The path `tag article` sets for `ref`: an existing path as is, else the
 * tag with that numeric id, else `ref` as a new path (created).
 */
function articleTagPath(db: Database, ref: string): string {
  if (findTagByPath(db, ref) || !/^\d+$/.test(ref)) return ref
  const id = Number(ref)
  return Number.isSafeInteger(id) && findTag(db, id) ? tagPath(db, id) : ref
}

function needArgs(args: string[], n: number, usage: string): void {
  if (args.length !== n) throw new UsageError(`tag ${usage}`)
}

function summaryOut(t: TagSummary, json: boolean, verb: string): string {
  return json ? JSON.stringify(t, null, 2) : `${verb} "${t.path}" (#${t.id})`
}

function list({ library, args, json }: CommandContext): string {
  needArgs(args, 1, 'list takes no arguments')
  const tags = browseTags(library.db)
  return json ? JSON.stringify(tags, null, 2) : formatTagTree(tags)
}

function rename({ library, args, json }: CommandContext): string {
  needArgs(args, 3, 'rename needs PATH and NEWNAME')
  const t = renameTag(library.db, resolveTag(library.db, args[1]!), args[2]!)
  return summaryOut(t, json, 'renamed to')
}

function move({ library, args, options, json }: CommandContext): string {
  needArgs(args, 2, 'move needs one PATH')
  const to = options.to
  const top = options.top === true
  if ((typeof to === 'string') === top) {
    throw new UsageError('tag move needs either --to PARENT_PATH or --top')
  }
  const id = resolveTag(library.db, args[1]!)
  const parent = top ? null : resolveTag(library.db, to as string)
  return summaryOut(moveTag(library.db, id, parent), json, 'moved to')
}

function merge({ library, args, json }: CommandContext): string {
  needArgs(args, 3, 'merge needs FROM_PATH and INTO_PATH')
  const from = resolveTag(library.db, args[1]!)
  const into = resolveTag(library.db, args[2]!)
  return summaryOut(mergeTags(library.db, from, into), json, `merged "${args[1]}" into`)
}

function color({ library, args, json }: CommandContext): string {
  needArgs(args, 3, 'color needs PATH and COLOR (or none)')
  const value = args[2]!.trim().toLowerCase()
  const parsed = value === 'none' ? null : TagColor.safeParse(value)
  if (parsed && !parsed.success) {
    throw new UsageError(`COLOR must be one of ${TagColor.options.join(', ')} or none`)
  }
  const t = setTagColor(library.db, resolveTag(library.db, args[1]!), parsed ? parsed.data : null)
  return summaryOut(t, json, `colour ${t.color ?? 'none'} on`)
}

function remove({ library, args, options, json, note }: CommandContext): CommandResult {
  needArgs(args, 2, 'delete needs one PATH')
  const id = resolveTag(library.db, args[1]!)
  const yes = options.yes === true
  const impact = yes ? deleteTag(library.db, id) : tagDeleteImpact(library.db, id)
  if (!yes) note('pizhu: nothing deleted; run again with --yes to delete')
  return {
    output: json
      ? JSON.stringify({ ...impact, deleted: yes }, null, 2)
      : formatDeleteImpact(impact, yes),
    exitCode: yes ? 0 : 1,
  }
}

function article({ library, args, options, json }: CommandContext): string {
  if (args.length < 2) throw new UsageError('tag article needs ARTICLE_ID')
  const articleId = Number(args[1])
  if (!Number.isSafeInteger(articleId) || articleId <= 0) {
    throw new UsageError('ARTICLE_ID must be a positive whole number')
  }
  const given = args.slice(2)
  const clear = options.clear === true
  if (clear && given.length) throw new UsageError('tag article takes either TAGs or --clear')
  const paths = given.map((t) => {
    const parsed = TagName.safeParse(t)
    if (!parsed.success) throw new UsageError(`"${t}" is not a tag path`)
    return articleTagPath(library.db, parsed.data)
  })
  const tags =
    clear || paths.length
      ? setArticleTags(library.db, articleId, paths)
      : articleTags(library.db, articleId)
  if (json) return JSON.stringify({ articleId, tags }, null, 2)
  return tags.length ? tags.join('\n') : `Article ${articleId} has no tags.`
}

const subcommands: Record<string, (ctx: CommandContext) => string | CommandResult> = {
  list,
  rename,
  move,
  merge,
  color,
  delete: remove,
  article,
}

export const tagCommand: Command = {
  name: 'tag',
  synopsis:
    'list | rename PATH NEWNAME | move PATH --to PARENT|--top | merge FROM INTO | color PATH COLOR|none | delete PATH [--yes] | article ID [TAG...] [--clear]',
  summary: "manage the tag tree and an article's own tags",
  options: {
    to: { type: 'string' },
    top: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    clear: { type: 'boolean' },
  },
  run(ctx) {
    const sub = ctx.args[0] ?? ''
    if (!Object.prototype.hasOwnProperty.call(subcommands, sub)) {
      throw new UsageError(`tag needs one of ${Object.keys(subcommands).join(', ')}`)
    }
    return subcommands[sub]!(ctx)
  },
}
