/**
 * A tag's counts as the browser shows them: "划线 2 · 文章 1", each with the
 * number including sub-tags when that differs ("划线 2（含子标签 5）").
 */
import type { TFunction } from 'i18next'
import type { TagSummary } from '@shared/calls/tags'

export function tagCountsText(t: TFunction, tag: TagSummary): string {
  const part = (kind: 'highlights' | 'articles', own: number, within: number): string =>
    own === within
      ? t(`tagManager.${kind}`, { count: own })
      : t(`tagManager.${kind}Within`, { count: own, within })
  return [
    part('highlights', tag.highlights, tag.highlightsWithin),
    part('articles', tag.articles, tag.articlesWithin),
  ].join(` ${t('common.separator')} `)
}
