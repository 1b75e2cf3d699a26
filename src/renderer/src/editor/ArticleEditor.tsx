/**
 * An article's body in a read-only Lexical editor, set in the reader's
 * Chinese typography, with highlights as marks. Selections and clicks on
 * highlights are reported as article offsets and highlight ids.
 */
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer'
import type { Block } from '@shared/domain'
import { memo, useMemo, type ReactNode } from 'react'
import { articleExtension } from './article-extension'
import { ArticleContentPlugin } from './ArticleContentPlugin'
import {
  HighlightMarksPlugin,
  HighlightSelectionPlugin,
  type MarkRange,
  type SelectionHandlers,
} from './highlight'
import './editor.css'

const NO_MARKS: readonly MarkRange[] = []
const IGNORE: SelectionHandlers = { onSelect: () => {}, onMarkClick: () => {} }

interface Props {
  blocks: readonly Block[]
  /** Accessible name of the text region. */
  label: string
  marks?: readonly MarkRange[]
  handlers?: SelectionHandlers
}

/**
 * Memoised, with a stable content element: a rebuilt editor would redraw the
 * article and drop the reader's text selection.
 */
export const ArticleEditor = memo(function ArticleEditor({
  blocks,
  label,
  marks = NO_MARKS,
  handlers = IGNORE,
}: Props): ReactNode {
  // LexicalExtensionComposer builds a new editor whenever this element changes identity.
  const contentEditable = useMemo(
    () => (
      <ContentEditable
        className="article-text"
        data-testid="reader-content"
        lang="zh-CN"
        aria-label={label}
      />
    ),
    [label],
  )
  return (
    <LexicalExtensionComposer extension={articleExtension} contentEditable={contentEditable}>
      <HighlightMarksPlugin marks={marks} />
      <ArticleContentPlugin blocks={blocks} marks={marks} />
      <HighlightSelectionPlugin blocks={blocks} {...handlers} />
    </LexicalExtensionComposer>
  )
})
