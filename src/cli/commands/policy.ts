/**
 * `pizhu policy detect FILE|--article ID [--json]`: the policy points the
 * recognizer finds in a file (read and split the way import would, nothing
 * written) or in an article already in the library. Offsets are into each
 * article's text, as in the reader and in highlights.
 */
import { getArticle, textOfBlocks } from '../../main/core/db/repos/articles'
import { prepareImport, readImportFile } from '../../main/core/import/pipeline'
import { detectPolicyPoints, type PolicySpan } from '../../main/core/policy'
import { UsageError } from '../args'
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
    spans: detectPolicyPoints(textOfBlocks(d.blocks)),
  }))
}

export const policyCommand: Command = {
  name: 'policy',
  synopsis: 'detect FILE | detect --article ID',
  summary: 'find policy points (n条, frameworks, slogans, targets) in a file or an article',
  options: { article: { type: 'string' } },
  async run({ library, args, options, json }) {
    if (args[0] !== 'detect') throw new UsageError('policy needs the sub-command detect')
    const articleOption = options.article
    let articles: ArticleSpans[]
    if (typeof articleOption === 'string') {
      if (args.length !== 1)
        throw new UsageError('policy detect takes either FILE or --article ID, not both')
      const id = Number(articleOption)
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError('--article must be a positive whole number')
      const a = getArticle(library.db, id)
      articles = [{ id, title: a.title, spans: detectPolicyPoints(a.text) }]
    } else {
      if (args.length !== 2) throw new UsageError('policy detect needs one FILE or --article ID')
      articles = await fromFile(args[1]!)
    }
    return json ? JSON.stringify({ articles }, null, 2) : articles.map(formatArticle).join('\n\n')
  },
}
