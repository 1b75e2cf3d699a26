/**
 * `pizhu search QUERY [filters]`: highlights, notes and articles matching a
 * query. `--policy LABEL` keeps the mentions of one policy: accepted policy
 * points carry the tag 政策要点/<label>, so it is the tag filter on that label.
 */
import { SearchKind, SearchRequest, type SearchHit } from '@shared/calls/search'
import { search } from '../../main/core/search'
import { UsageError } from '../args'
import type { Command, OptionValues } from '../command'

const KIND_LABEL: Record<SearchHit['kind'], string> = {
  highlight: 'highlight',
  note: 'note',
  article: 'article',
}

/** Marks the matches in a snippet with 【】, which stand out in Chinese text on a terminal. */
function marked(hit: SearchHit): string {
  let out = ''
  let at = 0
  for (const [s, e] of hit.snippet.matches) {
    out += hit.snippet.text.slice(at, s) + '【' + hit.snippet.text.slice(s, e) + '】'
    at = e
  }
  return out + hit.snippet.text.slice(at)
}

function formatHit(hit: SearchHit): string {
  const meta = [
    `《${hit.articleTitle}》`,
    hit.date ?? '',
    hit.color ?? '',
    hit.tags.map((t) => `#${t}`).join(' '),
    hit.at ? `@${hit.at.start}-${hit.at.end}` : '',
  ].filter(Boolean)
  return `[${KIND_LABEL[hit.kind]} ${hit.id}] ${meta.join('  ')}\n    ${marked(hit)}`
}

function str(options: OptionValues, name: string): string | undefined {
  const v = options[name]
  return typeof v === 'string' ? v : undefined
}

/** The request the flags describe; bad flag values are usage errors naming the flag. */
export function requestOf(query: string, options: OptionValues): SearchRequest {
  const article = str(options, 'article')
  const limit = str(options, 'limit')
  const kind = str(options, 'kind')
  const policy = str(options, 'policy')?.trim()
  if (policy !== undefined && str(options, 'tag') !== undefined)
    throw new UsageError('--policy and --tag cannot be combined (--policy is a tag filter)')
  if (policy === '') throw new UsageError('--policy needs a policy label, e.g. 重点产业24条')
  if (kind !== undefined && !SearchKind.safeParse(kind).success)
    throw new UsageError(`--kind must be highlight, note or article (got "${kind}")`)
  const parsed = SearchRequest.safeParse({
    query,
    tag: policy === undefined ? str(options, 'tag') : policy.replaceAll('/', '／'),
    color: str(options, 'color'),
    publication: str(options, 'publication'),
    from: str(options, 'from'),
    to: str(options, 'to'),
    kind,
    articleId: article === undefined ? undefined : Number(article),
    hasNote: options['has-note'] === true ? true : undefined,
    limit: limit === undefined ? undefined : Number(limit),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UsageError(`--${String(issue.path[0] ?? 'query')}: ${issue.message}`)
  }
  return parsed.data
}

export const searchCommand: Command = {
  name: 'search',
  synopsis:
    'QUERY [--tag T | --policy LABEL] [--color C] [--from D] [--to D] [--kind highlight|note|article] [--article ID] [--publication P] [--has-note] [--limit N]',
  summary: 'find highlights, notes and articles',
  options: {
    tag: { type: 'string' },
    policy: { type: 'string' },
    color: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string' },
    article: { type: 'string' },
    publication: { type: 'string' },
    'has-note': { type: 'boolean' },
    limit: { type: 'string' },
  },
  run({ library, args, options, json }) {
    const results = search(library.db, requestOf(args.join(' '), options))
    if (json) return JSON.stringify(results, null, 2)
    const annotations = results.hits.filter((h) => h.kind !== 'article')
    const articles = results.hits.filter((h) => h.kind === 'article')
    const lines: string[] = []
    const more = (exact: boolean): string => (exact ? '' : '+')
    if (annotations.length) {
      lines.push(
        `highlights and notes: ${results.annotationTotal}${more(results.annotationTotalExact)}`,
      )
      lines.push(...annotations.map(formatHit))
    }
    if (articles.length) {
      lines.push(`articles: ${results.articleTotal}${more(results.articleTotalExact)}`)
      lines.push(...articles.map(formatHit))
    }
    return lines.length ? lines.join('\n') : 'no results'
  },
}
