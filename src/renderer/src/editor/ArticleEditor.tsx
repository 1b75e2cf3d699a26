/** An article's body in a read-only Lexical editor, set in the reader's Chinese typography. */
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer'
import type { Block } from '@shared/domain'
import type { ReactNode } from 'react'
import { articleExtension } from './article-extension'
import { ArticleContentPlugin } from './ArticleContentPlugin'
import './editor.css'

interface Props {
  blocks: readonly Block[]
  /** Accessible name of the text region. */
  label: string
}

export function ArticleEditor({ blocks, label }: Props): ReactNode {
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
      <ArticleContentPlugin blocks={blocks} />
    </LexicalExtensionComposer>
  )
}
