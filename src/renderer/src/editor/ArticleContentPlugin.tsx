/** Fills the editor from an article's blocks and highlight marks, again whenever either changes. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Block } from '@shared/domain'
import { $setSelection, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical'
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
    // The text is rebuilt whole, so no selection survives it; and writing the DOM
    // selection back (or scrolling to it) would force a layout of the whole article.
    editor.update(
      () => {
        $setArticleBlocks(blocks, marks)
        $setSelection(null)
      },
      { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] },
    )
  }, [editor, blocks, marks])
  return null
}
