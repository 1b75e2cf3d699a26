/**
 * Fills the editor from an article's blocks and highlight marks, again whenever either changes.
 *
 * The document is built whole, marks included, into a fresh editor state and
 * set in one commit. An `editor.update` would first read the DOM selection
 * (Lexical does so at the start of every update on an attached editor), which
 * forces a synchronous style and layout of the whole page before the first
 * paint; building the state off to the side reads nothing from the DOM.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Block } from '@shared/domain'
import { HISTORY_MERGE_TAG, type SerializedEditorState } from 'lexical'
import { useEffect, useLayoutEffect } from 'react'
import { $setArticleBlocks } from './$article-blocks'
import type { MarkRange } from './highlight/types'
import { registerFirstPaint } from './register-first-paint'

/** An empty document to build on (the root's children are appended by $setArticleBlocks). */
const EMPTY: SerializedEditorState = {
  root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 },
}

export function ArticleContentPlugin({
  blocks,
  marks,
}: {
  blocks: readonly Block[]
  marks: readonly MarkRange[]
}): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerFirstPaint(editor), [editor])
  useLayoutEffect(() => {
    const state = editor.parseEditorState(EMPTY, () => $setArticleBlocks(blocks, marks))
    editor.setEditorState(state, { tag: HISTORY_MERGE_TAG })
  }, [editor, blocks, marks])
  return null
}
