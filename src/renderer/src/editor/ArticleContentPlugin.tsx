/** Fills the editor from an article's blocks, and again whenever the blocks change. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Block } from '@shared/domain'
import { useLayoutEffect } from 'react'
import { $setArticleBlocks } from './$article-blocks'

export function ArticleContentPlugin({ blocks }: { blocks: readonly Block[] }): null {
  const [editor] = useLexicalComposerContext()
  useLayoutEffect(() => {
    editor.update(() => $setArticleBlocks(blocks), { discrete: true })
  }, [editor, blocks])
  return null
}
