/**
 * Article offsets → Lexical nodes: one block's text cut at every highlight
 * boundary, each piece covered by highlights wrapped in a MarkNode holding
 * the ids of all highlights covering it. Overlapping and nested highlights
 * become one mark per piece; a highlight across paragraphs becomes one mark
 * in each block it touches.
 */
import { $createMarkNode } from '@lexical/mark'
import { $createTextNode, type LexicalNode } from 'lexical'
import { markId, type MarkRange } from './types'

/** The nodes for a block whose text starts at article offset `base`; empty text gives none. */
export function $createMarkedText(
  text: string,
  base: number,
  ranges: readonly MarkRange[],
): LexicalNode[] {
  if (text === '') return []
  const end = base + text.length
  const inside = ranges.filter((r) => r.start < end && r.end > base)
  if (!inside.length) return [$createTextNode(text)]
  const cuts = new Set([0, text.length])
  for (const r of inside) {
    cuts.add(Math.max(0, r.start - base))
    cuts.add(Math.min(text.length, r.end - base))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: LexicalNode[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    const piece = $createTextNode(text.slice(from, to))
    const covering = inside
      .filter((r) => r.start <= base + from && r.end >= base + to)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
    if (!covering.length) {
      nodes.push(piece)
      continue
    }
    const mark = $createMarkNode(covering.map((r) => markId(r.id)))
    mark.append(piece)
    nodes.push(mark)
  }
  return nodes
}
