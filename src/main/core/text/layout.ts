/**
 * From extracted text to proposed articles: units → paragraphs → articles,
 * every text field normalised. `dropped` lists what was removed as page
 * furniture (marker ornaments, dashes before credits), so a test can check
 * that no character of the source went missing.
 */
import type { ArticleDraft } from '@shared/domain'
import type { ExtractedText } from '../import/extracted'
import { toItems } from './paragraphs'
import { splitArticles, type SplitOptions } from './split-articles'
import { toUnits } from './units'

export type { SplitOptions } from './split-articles'

export interface Layout {
  drafts: ArticleDraft[]
  dropped: string[]
}

/** Lays out extracted text as articles (metadata the file states is copied onto each). */
export function layoutArticles(extracted: ExtractedText, options: SplitOptions): Layout {
  const units = toUnits(extracted)
  const items = toItems(units, extracted.format, extracted.structured)
  const dropped: string[] = []
  const drafts = splitArticles(items, options, dropped).map((d, i) => ({
    ...d,
    title:
      i === 0 && extracted.meta.title && d.title === options.fallbackTitle
        ? extracted.meta.title
        : d.title,
    publication: extracted.meta.publication ?? null,
    publishedOn: extracted.meta.publishedOn ?? null,
  }))
  return { drafts, dropped }
}
