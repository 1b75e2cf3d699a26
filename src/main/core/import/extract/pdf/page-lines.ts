/**
 * Fragments in reading order → extracted lines: font size relative to the
 * page's body text and boldness for headline detection downstream, and an
 * empty line where a paragraph visibly ends (first-line indent, a short last
 * line, extra leading, a change of type size, or a jump to the next column).
 */
import type { ExtractedLine } from '../../extracted'
import { unifyIdeographs } from './compat-ideographs'
import type { Fragment } from './page-items'

/** The size most of the page's characters are set in. */
export function bodySizeOf(fragments: readonly Fragment[]): number {
  const bySize = new Map<number, number>()
  for (const f of fragments) {
    const key = Math.round(f.size * 2) / 2
    bySize.set(key, (bySize.get(key) ?? 0) + [...f.text].length)
  }
  let best = 0
  let bestCount = -1
  for (const [size, count] of bySize) if (count > bestCount) [best, bestCount] = [size, count]
  return best || 1
}

/** Lines for one page; empty lines separate paragraphs. */
export function toExtractedLines(ordered: readonly Fragment[], bodySize: number): ExtractedLine[] {
  const lines: ExtractedLine[] = []
  let prev: Fragment | null = null
  for (const f of ordered) {
    if (prev && paragraphEnds(prev, f)) lines.push({ text: '' })
    const line: ExtractedLine = {
      text: unifyIdeographs(f.text),
      relativeSize: Math.round((f.size / bodySize) * 100) / 100,
    }
    if (f.bold) line.bold = true
    lines.push(line)
    prev = f
  }
  return lines
}

function paragraphEnds(prev: Fragment, next: Fragment): boolean {
  const size = Math.max(prev.size, next.size)
  if (Math.abs(prev.size - next.size) > 0.15 * Math.min(prev.size, next.size)) return true
  if (next.y > prev.y) return true // next column or band
  if (prev.y - next.y > 2 * size) return true // extra leading
  if (next.x0 - prev.x0 > 1.2 * size) return true // first-line indent
  return next.x1 - prev.x1 > 2 * size // the previous line stopped short
}
