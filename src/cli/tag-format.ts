/** Plain-text renderings of the tag tree and of a tag deletion's impact. */
import type { TagDeleteImpact, TagSummary } from '@shared/calls/tags'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** One tag line: indented by depth, colour, its own counts, then the counts within when it has sub-tags. */
function formatTag(t: TagSummary): string {
  const indent = '  '.repeat(t.path.split('/').length - 1)
  const color = t.color ? ` [${t.color}]` : ''
  const own = `${plural(t.highlights, 'highlight')}, ${plural(t.articles, 'article')}`
  const within = t.descendants
    ? `; with ${plural(t.descendants, 'sub-tag')}: ${plural(t.highlightsWithin, 'highlight')}, ${plural(t.articlesWithin, 'article')}`
    : ''
  return `${indent}${t.name}${color}  #${t.id}  ${own}${within}`
}

/** The tag tree, parents before their sub-tags. */
export function formatTagTree(tags: readonly TagSummary[]): string {
  if (!tags.length) return 'No tags. Tag a highlight or an article to create one.'
  return tags.map(formatTag).join('\n')
}

/** What deleting a tag removes (`done`) or would remove. */
export function formatDeleteImpact(i: TagDeleteImpact, done: boolean): string {
  const subs = i.tags - 1
  const what = subs ? `"${i.path}" and ${plural(subs, 'sub-tag')}` : `"${i.path}"`
  const verb = done ? 'Deleted' : 'Would delete'
  return `${verb} ${what}: ${plural(i.highlights, 'highlight')} and ${plural(i.articles, 'article')} ${done ? 'lost' : 'would lose'} the tag (they are kept)`
}
