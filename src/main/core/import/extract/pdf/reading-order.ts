/**
 * Reading order of one page: the page is cut into horizontal bands at every
 * fragment that spans two or more columns (a banner headline, a full-width
 * lead); each band reads its spanning lines first, then column by column,
 * top to bottom. Fragments on one baseline inside one column (a byline with
 * wide spaces between names) are joined back into one line.
 */
import { columnsOf, detectColumns } from './columns'
import type { Fragment } from './page-items'

/** The page's fragments in reading order, one per visual line. */
export function readingOrder(fragments: readonly Fragment[], bodySize: number): Fragment[] {
  const columns = detectColumns(fragments, bodySize)
  if (columns.length <= 1) return joinRows(sortTopDown(fragments))
  const out: Fragment[] = []
  let spanners: Fragment[] = []
  let band: Fragment[][] = columns.map(() => [])
  const flush = (): void => {
    out.push(...joinRows(spanners))
    for (const col of band) out.push(...joinRows(col))
    spanners = []
    band = columns.map(() => [])
  }
  for (const f of sortTopDown(fragments)) {
    const cols = columnsOf(f, columns)
    if (cols.length >= 2) {
      if (band.some((c) => c.length > 0)) flush()
      spanners.push(f)
    } else band[cols[0]!]!.push(f)
  }
  flush()
  return out
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
