/** Plain-text renderings of core results for the terminal. */
import type { Article, ArticleSummary, ImportOutcome } from '../shared/domain'

export function formatImport(o: ImportOutcome): string {
  const lines = o.imported.map((a) => `imported #${a.id} ${a.title} (${a.charCount} chars)`)
  for (const d of o.duplicates) {
    lines.push(`skipped ${d.fileName}: already imported as #${d.articleIds.join(', #')}`)
  }
  lines.push(
    `${o.imported.length} article(s) imported, ${o.duplicates.length} duplicate file(s) skipped`,
  )
  return lines.join('\n')
}

export function formatList(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'The library is empty. Import a file with: pizhu import FILE'
  return articles
    .map((a) =>
      [`#${a.id}`, a.title, a.publication ?? '', a.publishedOn ?? '', `${a.charCount} chars`]
        .filter((s) => s !== '')
        .join('\t'),
    )
    .join('\n')
}

export function formatArticle(a: Article): string {
  const meta = [a.publication, a.publishedOn, a.page ? `p. ${a.page}` : null, a.byline]
    .filter((s): s is string => !!s)
    .join(' · ')
  const head = [a.kicker, a.title, a.subtitle, meta].filter((s): s is string => !!s)
  const body = a.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text))
  return [...head, '', ...body].join('\n')
}
