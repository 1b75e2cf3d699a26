/**
 * Article blocks → editor nodes. Each block becomes one top-level element
 * holding its text verbatim, in block order, so a point in the editor
 * (block index, offset) maps straight onto the article's `text` (the blocks
 * joined by "\n"), the offset space highlights are stored in. Text inside a
 * highlight is wrapped in MarkNodes (see highlight/$marked-text).
 */
import { $createHeadingNode } from '@lexical/rich-text'
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical'
import type { Block } from '@shared/domain'
import { $createCaptionNode } from './CaptionNode'
import { $createMarkedText } from './highlight/$marked-text'
import type { MarkRange } from './highlight/types'

function $createBlockNode(block: Block, base: number, marks: readonly MarkRange[]): ElementNode {
  const node =
    block.kind === 'heading'
      ? $createHeadingNode('h2')
      : block.kind === 'caption'
        ? $createCaptionNode()
        : $createParagraphNode()
  if (marks.length) node.append(...$createMarkedText(block.text, base, marks))
  else if (block.text !== '') node.append($createTextNode(block.text))
  return node
}

/** Replaces the whole document with the article's blocks, with highlight marks from offsets. */
export function $setArticleBlocks(
  blocks: readonly Block[],
  marks: readonly MarkRange[] = [],
): void {
  const root = $getRoot()
  root.clear()
  let base = 0
  for (const block of blocks) {
    root.append($createBlockNode(block, base, marks))
    base += block.text.length + 1
  }
}
