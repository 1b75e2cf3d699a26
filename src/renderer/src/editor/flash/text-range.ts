/**
 * Article-text offsets → a DOM Range in the rendered article. The editor
 * renders one top-level element per block, and the article's text is the
 * blocks' texts joined by "\n" (see $article-blocks.ts), so an offset walks
 * the blocks, counting one unit for each separator.
 */

/** The text length the rendered blocks account for (blocks + separators). */
export function renderedLength(root: Element): number {
  let n = 0
  for (const block of Array.from(root.children)) n += (block.textContent ?? '').length + 1
  return Math.max(0, n - 1)
}

function pointIn(block: Element, offset: number): [Node, number] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  let left = offset
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return [node, left]
    left -= node.data.length
    last = node
  }
  return last ? [last, last.data.length] : [block, 0]
}

/** The Range covering [start, end) of the article text under `root`, or null if out of range. */
export function rangeAt(root: Element, start: number, end: number): Range | null {
  let pos = 0
  let from: [Node, number] | null = null
  for (const block of Array.from(root.children)) {
    const len = (block.textContent ?? '').length
    if (from === null && start <= pos + len) from = pointIn(block, Math.max(0, start - pos))
    if (from !== null && end <= pos + len) {
      const to = pointIn(block, end - pos)
      const range = document.createRange()
      range.setStart(from[0], from[1])
      range.setEnd(to[0], to[1])
      return range
    }
    pos += len + 1
  }
  return null
}

/**
 * The article-text offset of a DOM point under `root` (the inverse of
 * `rangeAt`), or null when the point is outside the rendered blocks.
 */
export function offsetAt(root: Element, node: Node, offset: number): number | null {
  let pos = 0
  for (const block of Array.from(root.children)) {
    if (block === node || block.contains(node)) {
      if (node.nodeType !== Node.TEXT_NODE) return pos
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      let inBlock = 0
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n === node) return pos + inBlock + offset
        inBlock += (n as Text).data.length
      }
      return pos
    }
    pos += (block.textContent ?? '').length + 1
  }
  return null
}

/** The offset where each rendered block starts, in document order. */
export function blockStarts(root: Element): { el: Element; start: number }[] {
  let pos = 0
  return Array.from(root.children).map((el) => {
    const start = pos
    pos += (el.textContent ?? '').length + 1
    return { el, start }
  })
}

/** The article text as rendered: the blocks' texts joined by "\n" (what offsets count). */
export function renderedText(root: Element): string {
  return Array.from(root.children, (b) => b.textContent ?? '').join('\n')
}
