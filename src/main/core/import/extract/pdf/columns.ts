/**
 * Column detection for newspaper-style pages. Gutters are the vertical
 * strips no body fragment crosses; fragments wide enough to cross a gutter
 * (headlines spanning several columns) are left out when finding them, so a
 * banner headline does not hide the columns under it.
 */
import type { Fragment } from './page-items'

export interface Column {
  x0: number
  x1: number
}

/** Narrowest strip, in body font sizes, that counts as a gutter. */
const MIN_GUTTER_EMS = 0.6
/** A column must hold at least this share of the page's body lines. */
const MIN_COLUMN_SHARE = 0.08

/**
 * The page's columns, left to right. A page with one column returns one
 * column spanning all its text.
 */
export function detectColumns(fragments: readonly Fragment[], bodySize: number): Column[] {
  if (fragments.length === 0) return []
  const left = Math.min(...fragments.map((f) => f.x0))
  const right = Math.max(...fragments.map((f) => f.x1))
  const span = right - left
  // Body-size fragments narrower than 60% of the text width: the lines of a column.
  const narrow = fragments.filter(
    (f) => f.x1 - f.x0 < 0.6 * span && Math.abs(f.size - bodySize) <= 0.15 * bodySize,
  )
  if (narrow.length < 4) return [{ x0: left, x1: right }]
  const gutters = findGutters(narrow, left, right, bodySize)
  const columns: Column[] = []
  let start = left
  for (const g of gutters) {
    columns.push({ x0: start, x1: g.x0 })
    start = g.x1
  }
  columns.push({ x0: start, x1: right })
  return mergeThinColumns(columns, narrow)
}

/**
 * Strips crossed by (almost) no column line: a stray centred line or a
 * picture caption may cross a gutter, so up to 5% of the lines are allowed.
 */
function findGutters(
  narrow: readonly Fragment[],
  left: number,
  right: number,
  bodySize: number,
): Column[] {
  const allowed = Math.floor(narrow.length * 0.05)
  const edges = narrow
    .flatMap((f) => [
      { x: f.x0, d: 1 },
      { x: f.x1, d: -1 },
    ])
    .sort((a, b) => a.x - b.x || a.d - b.d)
  const gutters: Column[] = []
  let depth = 0
  let openAt: number | null = null
  for (const e of edges) {
    const before = depth
    depth += e.d
    if (before > allowed && depth <= allowed) openAt = e.x
    else if (before <= allowed && depth > allowed && openAt !== null) {
      if (e.x - openAt >= MIN_GUTTER_EMS * bodySize && openAt > left && e.x < right) {
        gutters.push({ x0: openAt, x1: e.x })
      }
      openAt = null
    }
  }
  return gutters
}

/** Columns holding almost no lines (a stray caption, a page number) join their neighbour. */
function mergeThinColumns(columns: Column[], narrow: readonly Fragment[]): Column[] {
  const count = (c: Column): number =>
    narrow.filter((f) => f.x0 >= c.x0 - 1 && f.x1 <= c.x1 + 1).length
  const out = [...columns]
  for (let i = 0; i < out.length && out.length > 1;) {
    if (count(out[i]!) >= MIN_COLUMN_SHARE * narrow.length) {
      i++
      continue
    }
    const j = i === 0 ? 1 : i - 1
    const a = out[Math.min(i, j)]!
    const b = out[Math.max(i, j)]!
    out.splice(Math.min(i, j), 2, { x0: a.x0, x1: b.x1 })
    i = Math.max(0, Math.min(i, j))
  }
  return out
}

/** The columns a fragment overlaps by more than a third of its width or of the column's. */
export function columnsOf(f: Fragment, columns: readonly Column[]): number[] {
  const out: number[] = []
  columns.forEach((c, i) => {
    const overlap = Math.min(f.x1, c.x1) - Math.max(f.x0, c.x0)
    if (overlap > 0 && (overlap > (f.x1 - f.x0) / 3 || overlap > (c.x1 - c.x0) / 3)) out.push(i)
  })
  if (out.length === 0) {
    // In a gutter: the nearest column.
    let best = 0
    columns.forEach((c, i) => {
      const d = Math.abs((c.x0 + c.x1) / 2 - (f.x0 + f.x1) / 2)
      const b = columns[best]!
      if (d < Math.abs((b.x0 + b.x1) / 2 - (f.x0 + f.x1) / 2)) best = i
    })
    out.push(best)
  }
  return out
}
