/**
 * Reading order of one page by recursive XY-cut, the classic layout method
 * for newspaper pages: a region is split at horizontal gaps wider than its
 * column gutter and read top to bottom, else at the gutter (a vertical strip
 * no line crosses, with text side by side on both sides) and read left to
 * right, else at gaps wider than a paragraph break. Each part is cut again, so a banner headline comes
 * before the columns under it, a page whose top half has three columns and
 * bottom half four reads each half correctly, and a column beside an
 * article with its own headline stays whole. Fragments on one baseline
 * inside a final region (a byline with wide spaces between names) are
 * joined back into one line.
 */
import type { Fragment } from './page-items'

/** Narrowest strip, in body font sizes, that counts as a gutter. */
const MIN_GUTTER_EMS = 0.6
/** A horizontal gap wider than this many body sizes separates blocks. */
const MIN_BLOCK_GAP_EMS = 0.9
/** Two sides of a gutter must overlap vertically by this share of the shorter side. */
const MIN_SIDE_OVERLAP = 0.5
const MAX_DEPTH = 60

/** The page's fragments in reading order, one per visual line. */
export function readingOrder(fragments: readonly Fragment[], bodySize: number): Fragment[] {
  return cut(fragments, bodySize, 0)
}

function cut(frags: readonly Fragment[], body: number, depth: number): Fragment[] {
  if (frags.length <= 1 || depth > MAX_DEPTH) return joinRows(sortTopDown(frags))
  const gutter = gutterAt(frags, body)
  // A horizontal gap wider than the gutter separates stacked blocks (articles, or
  // a three-column half above a two-column half): cut there first.
  const blocks = horizontalBlocks(frags, gutter ? gutter.width : MIN_BLOCK_GAP_EMS * body)
  if (blocks.length > 1) return blocks.flatMap((b) => cut(b, body, depth + 1))
  if (gutter) {
    const left = frags.filter((f) => f.x1 <= gutter.x)
    const right = frags.filter((f) => f.x1 > gutter.x)
    return [...cut(left, body, depth + 1), ...cut(right, body, depth + 1)]
  }
  return joinRows(sortTopDown(frags))
}

const top = (f: Fragment): number => f.y + 0.85 * f.size
const bottom = (f: Fragment): number => f.y - 0.25 * f.size

/**
 * The x of the widest gutter that splits the region into two side-by-side
 * parts, or null. Both parts must hold at least two lines and overlap
 * vertically, so a lone right-aligned date above the text is not a column.
 */
function gutterAt(frags: readonly Fragment[], body: number): { x: number; width: number } | null {
  const sorted = [...frags].sort((a, b) => a.x0 - b.x0)
  let reach = sorted[0]!.x1
  let best: { x: number; width: number } | null = null
  for (const f of sorted.slice(1)) {
    const width = f.x0 - reach
    if (width >= MIN_GUTTER_EMS * body && (!best || width > best.width)) {
      const x = reach + width / 2
      if (sideBySide(frags, x)) best = { x, width }
    }
    reach = Math.max(reach, f.x1)
  }
  return best
}

function sideBySide(frags: readonly Fragment[], x: number): boolean {
  const left = frags.filter((f) => f.x1 <= x)
  const right = frags.filter((f) => f.x1 > x)
  if (left.length < 2 || right.length < 2) return false
  const span = (fs: readonly Fragment[]): [number, number] => [
    Math.min(...fs.map(bottom)),
    Math.max(...fs.map(top)),
  ]
  const [lb, lt] = span(left)
  const [rb, rt] = span(right)
  const overlap = Math.min(lt, rt) - Math.max(lb, rb)
  return overlap > MIN_SIDE_OVERLAP * Math.min(lt - lb, rt - rb)
}

/** The region split at horizontal gaps wider than `minGap`, top to bottom. */
function horizontalBlocks(frags: readonly Fragment[], minGap: number): Fragment[][] {
  const sorted = [...frags].sort((a, b) => top(b) - top(a))
  const blocks: Fragment[][] = [[sorted[0]!]]
  let floor = bottom(sorted[0]!)
  for (const f of sorted.slice(1)) {
    if (floor - top(f) > minGap) blocks.push([f])
    else blocks[blocks.length - 1]!.push(f)
    floor = Math.min(floor, bottom(f))
  }
  return blocks
}

function sortTopDown(fragments: readonly Fragment[]): Fragment[] {
  return [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0)
}

/** Joins fragments that share a baseline (already sorted top-down, left to right). */
function joinRows(fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = []
  for (const f of fragments) {
    const last = out[out.length - 1]
    if (last && Math.abs(last.y - f.y) <= 0.4 * Math.min(last.size, f.size) && f.x0 >= last.x1) {
      out[out.length - 1] = {
        ...last,
        text: `${last.text} ${f.text}`,
        x1: f.x1,
        size: Math.max(last.size, f.size),
        bold: last.bold && f.bold,
      }
    } else out.push(f)
  }
  return out
}
