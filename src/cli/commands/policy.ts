/**
 * `pizhu policy detect FILE|--article ID [--json]`: the policy points the
 * recognizer finds in a file (read and split the way import would, nothing
 * written) or in an article already in the library. Offsets are into each
 * article's text, as in the reader and in highlights.
 * `pizhu policy accept-all --article ID`, `pizhu policy list [--kind K]
 * [--place P] [--csv [--out FILE]]`, `pizhu policy show ID`, `pizhu policy merge FROM INTO` and
 * `pizhu policy split HIGHLIGHT LABEL` script the registry; `mark` and
 * `edit` (see policy-manual.ts) make and change policy points by hand.
 */
import { getArticle, textOfBlocks } from '../../main/core/db/repos/articles'
import { prepareImport, readImportFile } from '../../main/core/import/pipeline'
import { detectPolicyPoints, type PolicySpan } from '../../main/core/policy'
import { getPolicy, listPolicies, policyMentions } from '../../main/core/db/repos/policies'
import { acceptAll, mergePolicy, splitMention } from '../../main/core/policy-registry/registry'
import { PolicyKind, type PolicySummary } from '@shared/calls/policy'
import { IsoDate } from '@shared/calls/review'
import { UsageError } from '../args'
import { checkCsvFlags, registryCsvOutput } from './policy-list-csv'
import { runManual } from './policy-manual'
import type { Command } from '../command'

interface ArticleSpans {
  /** The library id, or null for an article read from a file. */
  id: number | null
  title: string
  spans: PolicySpan[]
}

function formatArticle(a: ArticleSpans): string {
  const head = a.id === null ? `《${a.title}》` : `[article ${a.id}] 《${a.title}》`
  if (a.spans.length === 0) return `${head}\n    no policy points`
  const lines = a.spans.map(
    (s) =>
      `    ${s.kind.padEnd(10)} ${s.confidence.toFixed(2)}  @${s.start}-${s.end}  ${s.text}  → ${s.label}`,
  )
  return [head, ...lines].join('\n')
}

async function fromFile(path: string): Promise<ArticleSpans[]> {
  const prepared = await prepareImport(readImportFile(path))
  return prepared.drafts.map((d) => ({
    id: null,
    title: d.title,
    spans: detectPolicyPoints(textOfBlocks(d.blocks), d.title),
  }))
}

function articleIdOf(value: unknown): number {
  const id = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(id) || id <= 0)
    throw new UsageError('--article must be a positive whole number')
  return id
}

function formatPolicy(p: PolicySummary): string {
  const dates = p.firstDate ? `  ${p.firstDate}..${p.lastDate ?? ''}` : ''
  const issuing = [p.issuer && `issued by ${p.issuer}`, p.issued && `issued ${p.issued}`]
  const tail = issuing.filter(Boolean).join(', ')
  return `[policy ${p.id}] ${p.label}  ${p.kind}  ${p.place || '-'}  ${p.mentions} mention(s) in ${p.articles} article(s)${dates}${tail ? `  (${tail})` : ''}`
}

export const policyCommand: Command = {
  name: 'policy',
  synopsis:
    'detect FILE | detect --article ID | accept-all --article ID | list [--kind K] [--place P] [--tag T] [--from D] [--to D] [--issued-from D] [--issued-to D] [--csv [--out FILE [--force]]] | show ID | merge FROM INTO | split HIGHLIGHT LABEL | mark HIGHLIGHT --kind K --label L [--place P] | edit ID [--kind K] [--label L] [--place P] [--issuer BODY] [--issued YYYY-MM-DD]',
  summary: 'find policy points (n条, frameworks, slogans, targets) and read the policy registry',
  options: {
    article: { type: 'string' },
    kind: { type: 'string' },
    place: { type: 'string' },
    label: { type: 'string' },
    tag: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    issuer: { type: 'string' },
    issued: { type: 'string' },
    'issued-from': { type: 'string' },
    'issued-to': { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    const { library, args, options, json } = ctx
    if (args[0] === 'accept-all') {
      const id = articleIdOf(options.article)
      const accepted = acceptAll(library.db, id)
      return json
        ? JSON.stringify({ accepted })
        : `accepted ${accepted} policy point(s) in article ${id}`
    }
    if (args[0] === 'list') {
      const csv = checkCsvFlags(options, json)
      const kind = options.kind
      if (kind !== undefined && !PolicyKind.safeParse(kind).success)
        throw new UsageError(`--kind must be one of ${PolicyKind.options.join(', ')}`)
      for (const flag of ['from', 'to', 'issued-from', 'issued-to'] as const) {
        const v = options[flag]
        if (v !== undefined && !IsoDate.safeParse(v).success)
          throw new UsageError(`--${flag} must be a date as YYYY-MM-DD (got "${String(v)}")`)
      }
      const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
      const filter = {
        kind: kind as PolicyKind | undefined,
        place: text(options.place),
        from: text(options.from),
        to: text(options.to),
        tag: text(options.tag),
        issuedFrom: text(options['issued-from']),
        issuedTo: text(options['issued-to']),
      }
      if (csv) return registryCsvOutput(library.db, filter, options)
      const list = listPolicies(library.db, filter)
      if (json) return JSON.stringify(list, null, 2)
      return list.length === 0 ? 'no policies' : list.map(formatPolicy).join('\n')
    }
    if (args[0] === 'mark' || args[0] === 'edit') {
      const result = runManual(library.db, args[0], args, options)
      return json ? JSON.stringify(result, null, 2) : formatPolicy(result)
    }
    if (args[0] === 'merge' || args[0] === 'split') {
      const first = Number(args[1])
      if (args.length !== 3 || !Number.isInteger(first) || first <= 0)
        throw new UsageError(
          args[0] === 'merge'
            ? 'policy merge needs FROM and INTO policy IDs'
            : 'policy split needs a HIGHLIGHT ID and a LABEL',
        )
      let result: PolicySummary
      if (args[0] === 'merge') {
        const into = Number(args[2])
        if (!Number.isInteger(into) || into <= 0)
          throw new UsageError('policy merge needs FROM and INTO policy IDs')
        result = mergePolicy(library.db, first, into)
      } else {
        const label = args[2]!.trim()
        if (label === '' || label.length > 100)
          throw new UsageError('the label must be 1 to 100 characters')
        result = splitMention(library.db, first, label)
      }
      return json ? JSON.stringify(result, null, 2) : formatPolicy(result)
    }
    if (args[0] === 'show') {
      const id = Number(args[1])
      if (args.length !== 2 || !Number.isInteger(id) || id <= 0)
        throw new UsageError('policy show needs one policy ID (a positive whole number)')
      const policy = getPolicy(library.db, id)
      const mentions = policyMentions(library.db, id)
      if (json) return JSON.stringify({ policy, mentions }, null, 2)
      const lines = mentions.map(
        (m) =>
          `    《${m.articleTitle}》 ${m.date ?? ''} @${m.start}-${m.end}\n      …${m.before}【${m.exact}】${m.after}…`,
      )
      return [formatPolicy(policy), ...lines].join('\n')
    }
    if (args[0] !== 'detect')
      throw new UsageError(
        'policy needs the sub-command detect, accept-all, list, show, merge, split, mark or edit',
      )
    const articleOption = options.article
    let articles: ArticleSpans[]
    if (typeof articleOption === 'string') {
      if (args.length !== 1)
        throw new UsageError('policy detect takes either FILE or --article ID, not both')
      const id = Number(articleOption)
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError('--article must be a positive whole number')
      const a = getArticle(library.db, id)
      articles = [{ id, title: a.title, spans: detectPolicyPoints(a.text, a.title) }]
    } else {
      if (args.length !== 2) throw new UsageError('policy detect needs one FILE or --article ID')
      articles = await fromFile(args[1]!)
    }
    return json ? JSON.stringify({ articles }, null, 2) : articles.map(formatArticle).join('\n\n')
  },
}
