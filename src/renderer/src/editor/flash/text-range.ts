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

/**
 * The Range covering [start, end) of the article text under `root`, or null
 * if out of range. Pass `starts` (from blockStarts) when asking for many
 * ranges of one rendering: each lookup is then a binary search, not a walk.
 */
export function rangeAt(
  root: Element,
  start: number,
  end: number,
  starts: readonly BlockStart[] = blockStarts(root),
): Range | null {
  const i = blockAt(starts, start)
  if (i < 0) return null
  for (let j = i; j < starts.length; j++) {
    const { el, start: pos, length } = starts[j]!
    if (end <= pos + length) {
      const from = pointIn(starts[i]!.el, Math.max(0, start - starts[i]!.start))
      const to = pointIn(el, end - pos)
      const range = document.createRange()
      range.setStart(from[0], from[1])
      range.setEnd(to[0], to[1])
      return range
    }
  }
  return null
}

/** The index of the first block whose text reaches `offset` (-1 when none does). */
function blockAt(starts: readonly BlockStart[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const b = starts[mid]!
    if (offset <= b.start + b.length) {
      found = mid
      hi = mid - 1
    } else lo = mid + 1
  }
  return found
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

/** A rendered block, where its text starts in the article and how long it is. */
export interface BlockStart {
  el: Element
  start: number
  length: number
}

/** The offset where each rendered block starts, in document order. */
export function blockStarts(root: Element): BlockStart[] {
  let pos = 0
  return Array.from(root.children).map((el) => {
    const start = pos
    const length = (el.textContent ?? '').length
    pos += length + 1
    return { el, start, length }
  })
}

/** The article text as rendered: the blocks' texts joined by "\n" (what offsets count). */
export function renderedText(root: Element): string {
  return Array.from(root.children, (b) => b.textContent ?? '').join('\n')
}
