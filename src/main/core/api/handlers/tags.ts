/** Handlers for managing the tag tree and an article's own tags. */
import type { tagCalls } from '@shared/calls/tags'
import { articleTags, setArticleTags } from '../../tags/article-tags'
import { browseTags } from '../../tags/browse'
import { deleteTag, tagDeleteImpact } from '../../tags/delete'
import { moveTag, renameTag, setTagColor } from '../../tags/edit'
import { mergeTags } from '../../tags/merge'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function tagHandlers(ctx: HandlerContext): HandlersFor<typeof tagCalls> {
  const { db } = ctx.library
  return {
    'tags.browse': () => browseTags(db),
    'tags.rename': (input) => renameTag(db, input.id, input.name),
    'tags.move': (input) => moveTag(db, input.id, input.parentId),
    'tags.merge': (input) => mergeTags(db, input.from, input.into),
    'tags.setColor': (input) => setTagColor(db, input.id, input.color),
    'tags.deleteImpact': (input) => tagDeleteImpact(db, input.id),
    'tags.delete': (input) => deleteTag(db, input.id),
    'articles.tags': (input) => articleTags(db, input.articleId),
    'articles.setTags': (input) => setArticleTags(db, input.articleId, input.tags),
  }
}
