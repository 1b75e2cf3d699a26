/**
 * A photo or chart caption in an article: a paragraph in the document model
 * (so its text sits in the same offset space as every other block) that
 * renders set apart from the body text, styled by the theme's `caption` class.
 */
import { addClassNamesToElement } from '@lexical/utils'
import { $create, ParagraphNode, type EditorConfig, type LexicalNode } from 'lexical'

export class CaptionNode extends ParagraphNode {
  override $config() {
    return this.config('caption', { extends: ParagraphNode })
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config)
    const className = config.theme['caption']
    if (typeof className === 'string') addClassNamesToElement(dom, className)
    return dom
  }
}

/** A new, empty caption block. */
export function $createCaptionNode(): CaptionNode {
  return $create(CaptionNode)
}

export function $isCaptionNode(node: LexicalNode | null | undefined): node is CaptionNode {
  return node instanceof CaptionNode
}
