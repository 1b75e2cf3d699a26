/** Plain-text renderings of core results for the terminal. */
import type { ImportProgress } from '../main/core/import/pipeline'
import type { Article, ArticleSummary, ImportOutcome } from '@shared/domain'

/** The summary of an import: each file's result, then the counts. */
export function formatImport(o: ImportOutcome): string {
  const lines: string[] = []
  for (const f of o.files) {
    const how = f.encoding ? `${f.format}, ${f.encoding}` : f.format
    lines.push(`${f.fileName} (${how}): ${f.articleIds.length} article(s)`)
  }
  for (const a of o.imported) lines.push(`  imported #${a.id} ${a.title} (${a.charCount} chars)`)
  for (const d of o.duplicates) {
    const named = d.articleIds.map((id, i) => `#${id} ${d.titles[i] ?? ''}`.trim()).join(', ')
    lines.push(`skipped ${d.fileName}: already imported as ${named} (use --force to import again)`)
  }
  for (const f of o.failed) lines.push(`failed ${f.message}`)
  lines.push(
    `${o.imported.length} article(s) imported, ${o.duplicates.length} duplicate file(s) skipped, ${o.failed.length} file(s) failed`,
  )
  return lines.join('\n')
}

/** One progress line for stderr: files done/total, the file, what came of it. */
export function formatProgress(p: ImportProgress): string {
  const r = p.result
  const what =
    r.kind === 'imported'
      ? `${r.articles} article(s)`
      : r.kind === 'duplicate'
        ? `already in the library as #${r.articleIds.join(', #')}`
        : `failed: ${r.message}`
  return `[${p.done}/${p.total}] ${p.label}: ${what}`
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
