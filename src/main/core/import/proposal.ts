/**
 * Turns extracted text into the articles an import proposes: the text is
 * repaired and a page is split into articles by `text/layout`; what the
 * person states for the whole file (publication, date, page) fills the
 * fields the file itself does not give.
 */
import type { ArticleDraft } from '@shared/domain'
import { layoutArticles } from '../text/layout'
import type { ExtractedText } from './extracted'

export interface ProposalOptions {
  /** Used as the title when the text does not start with one. */
  fallbackTitle: string
  /** 'auto' splits a page into articles; 'none' keeps the file as one article. Default 'auto'. */
  split?: 'auto' | 'none'
  /** Set on every article; overrides what the file states. */
  publication?: string | null
  publishedOn?: string | null
  page?: string | null
}

export function proposeArticles(
  extracted: ExtractedText,
  options: ProposalOptions,
): ArticleDraft[] {
  const { drafts } = layoutArticles(extracted, {
    split: options.split ?? 'auto',
    fallbackTitle: options.fallbackTitle,
  })
  const content = drafts.filter((d) => d.blocks.length > 0 || d.title !== options.fallbackTitle)
  return content.map((d) => ({
    ...d,
    publication: options.publication ?? d.publication,
    publishedOn: options.publishedOn ?? d.publishedOn,
    page: options.page ?? d.page,
  }))
}
