/** Fills the editor from an article's blocks and highlight marks, again whenever either changes. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Block } from '@shared/domain'
import { useLayoutEffect } from 'react'
import { $setArticleBlocks } from './$article-blocks'
import type { MarkRange } from './highlight/types'

export function ArticleContentPlugin({
  blocks,
  marks,
}: {
  blocks: readonly Block[]
  marks: readonly MarkRange[]
}): null {
  const [editor] = useLexicalComposerContext()
  useLayoutEffect(() => {
    editor.update(() => $setArticleBlocks(blocks, marks), { discrete: true })
  }, [editor, blocks, marks])
  return null
}
