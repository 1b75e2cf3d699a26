/**
 * Article blocks → editor nodes. Each block becomes one top-level element
 * holding at most one text node, in block order, so a point in the editor
 * (block index, offset) maps straight onto the article's `text` (the blocks
 * joined by "\n"), the offset space highlights are stored in.
 */
import { $createHeadingNode } from '@lexical/rich-text'
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical'
import type { Block } from '@shared/domain'
import { $createCaptionNode } from './CaptionNode'

function $createBlockNode(block: Block): ElementNode {
  const node =
    block.kind === 'heading'
      ? $createHeadingNode('h2')
      : block.kind === 'caption'
        ? $createCaptionNode()
        : $createParagraphNode()
  if (block.text !== '') node.append($createTextNode(block.text))
  return node
}

/** Replaces the whole document with the article's blocks. */
export function $setArticleBlocks(blocks: readonly Block[]): void {
  const root = $getRoot()
  root.clear()
  root.append(...blocks.map($createBlockNode))
}
