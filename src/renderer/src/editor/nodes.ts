/** Every node type an article editor registers. */
import { MarkNode } from '@lexical/mark'
import { HeadingNode } from '@lexical/rich-text'
import type { Klass, LexicalNode } from 'lexical'
import { CaptionNode } from './CaptionNode'

export const articleNodes: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, CaptionNode, MarkNode]
