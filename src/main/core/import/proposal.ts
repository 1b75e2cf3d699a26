/**
 * Turns extracted text into the articles an import proposes: today one
 * article per file, title and byline taken from the first lines.
 */
import type { ArticleDraft } from '../../../shared/domain'
import type { ExtractedText } from './extracted'
import { parsePlainText } from './txt'

export interface ProposalOptions {
  /** Used as the title when the text does not start with one. */
  fallbackTitle: string
}

export function proposeArticles(
  extracted: ExtractedText,
  options: ProposalOptions,
): ArticleDraft[] {
  const text = extracted.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n')
  const doc = parsePlainText(text, options.fallbackTitle)
  if (doc.blocks.length === 0 && doc.title === options.fallbackTitle) return []
  return [
    {
      title: extracted.meta.title ?? doc.title,
      kicker: null,
      subtitle: doc.subtitle,
      byline: doc.byline,
      publication: extracted.meta.publication ?? null,
      publishedOn: extracted.meta.publishedOn ?? null,
      page: null,
      blocks: doc.blocks,
    },
  ]
}
