/**
 * DOM selection points → article offsets. The block a point lies in is found
 * through Lexical (its top-level element's index); the offset inside the block
 * is the length of the block's text before the point, which is the same in
 * the DOM and in the article because each block renders its text verbatim.
 */
import { $getEditor, $getNearestNodeFromDOMNode } from 'lexical'

/** The article offset of (node, offset), or null when the point is outside the article. */
export function $offsetOfPoint(
  blockLengths: readonly number[],
  node: Node,
  offset: number,
): number | null {
  const lexical = $getNearestNodeFromDOMNode(node)
  if (!lexical) return null
  const block = lexical.getTopLevelElement() ?? (lexical.getParent() === null ? null : lexical)
  if (!block) return null
  const index = block.getIndexWithinParent()
  const blockDom = $getEditor().getElementByKey(block.getKey())
  if (!blockDom || index < 0 || index >= blockLengths.length) return null
  const range = blockDom.ownerDocument.createRange()
  range.setStart(blockDom, 0)
  range.setEnd(node, offset)
  const inBlock = Math.min(range.toString().length, blockLengths[index]!)
  let base = 0
  for (let i = 0; i < index; i++) base += blockLengths[i]! + 1
  return base + inBlock
}

/** The article range the DOM selection covers, or null when empty or outside the article. */
export function $rangeOfSelection(
  blockLengths: readonly number[],
  selection: Selection,
): { start: number; end: number } | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null
  const r = selection.getRangeAt(0)
  const a = $offsetOfPoint(blockLengths, r.startContainer, r.startOffset)
  const b = $offsetOfPoint(blockLengths, r.endContainer, r.endOffset)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b) }
}
