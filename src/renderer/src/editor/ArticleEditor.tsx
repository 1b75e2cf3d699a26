/**
 * An article's body in a read-only Lexical editor, set in the reader's
 * Chinese typography, with highlights as marks. Selections and clicks on
 * highlights are reported as article offsets and highlight ids.
 */
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer'
import type { Block } from '@shared/domain'
import type { ReactNode } from 'react'
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

export function ArticleEditor({
  blocks,
  label,
  marks = NO_MARKS,
  handlers = IGNORE,
}: Props): ReactNode {
  return (
    <LexicalExtensionComposer
      extension={articleExtension}
      contentEditable={
        <ContentEditable
          className="article-text"
          data-testid="reader-content"
          lang="zh-CN"
          aria-label={label}
        />
      }
    >
      <HighlightMarksPlugin marks={marks} />
      <ArticleContentPlugin blocks={blocks} marks={marks} />
      <HighlightSelectionPlugin blocks={blocks} {...handlers} />
    </LexicalExtensionComposer>
  )
}
