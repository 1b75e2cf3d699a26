/**
 * The `pizhu` commands, each a function over an open library that returns
 * what to print. Human output is plain text; `--json` prints the same data
 * the API contract returns.
 */
import type { Library } from '../main/core/db/open'
import { getArticle, listArticles } from '../main/core/db/repos/articles'
import { importPaths } from '../main/core/import/pipeline'
import type { Article, ArticleSummary, ImportOutcome } from '../shared/domain'
import { UsageError } from './args'

export type Command = (library: Library, args: string[], json: boolean) => string

const importCommand: Command = (library, args, json) => {
  if (args.length === 0) throw new UsageError('import needs at least one FILE')
  const outcome = importPaths(library.db, args)
  return json ? JSON.stringify(outcome, null, 2) : formatImport(outcome)
}

const listCommand: Command = (library, args, json) => {
  if (args.length > 0) throw new UsageError(`list takes no arguments (got ${args.join(' ')})`)
  const articles = listArticles(library.db, 1_000_000, 0)
  return json ? JSON.stringify(articles, null, 2) : formatList(articles)
}

const showCommand: Command = (library, args, json) => {
  const id = Number(args[0])
  if (args.length !== 1 || !Number.isInteger(id) || id <= 0) {
    throw new UsageError('show needs one article ID (a positive whole number)')
  }
  const article = getArticle(library.db, id)
  return json ? JSON.stringify(article, null, 2) : formatArticle(article)
}

export const commands: Record<string, Command> = {
  import: importCommand,
  list: listCommand,
  show: showCommand,
}

function formatImport(o: ImportOutcome): string {
  const lines = o.imported.map((a) => `imported #${a.id} ${a.title} (${a.charCount} chars)`)
  for (const d of o.duplicates) {
    lines.push(`skipped ${d.fileName}: already imported as #${d.articleIds.join(', #')}`)
  }
  lines.push(
    `${o.imported.length} article(s) imported, ${o.duplicates.length} duplicate file(s) skipped`,
  )
  return lines.join('\n')
}

function formatList(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'The library is empty. Import a file with: pizhu import FILE'
  return articles
    .map((a) =>
      [`#${a.id}`, a.title, a.publication ?? '', a.publishedOn ?? '', `${a.charCount} chars`]
        .filter((s) => s !== '')
        .join('\t'),
    )
    .join('\n')
}

function formatArticle(a: Article): string {
  const meta = [a.publication, a.publishedOn, a.page ? `p. ${a.page}` : null, a.byline]
    .filter((s): s is string => !!s)
    .join(' · ')
  const head = [a.kicker, a.title, a.subtitle, meta].filter((s): s is string => !!s)
  const body = a.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text))
  return [...head, '', ...body].join('\n')
}
