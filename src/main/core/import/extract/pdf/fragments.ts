/**
 * Items → fragments: items sharing a baseline are joined left to right; a
 * horizontal gap wider than a column gutter ends a fragment, so two columns
 * printed side by side never run into one line.
 */
import type { Fragment, TextItem } from './page-items'

/** A gap wider than this many font sizes separates two columns. */
const GUTTER_EMS = 0.9
/**
 * A gap wider than this many font sizes (beyond the line's justification
 * stretch) between items is a space. Whitespace items themselves are not
 * trusted: pdfjs and PDF producers emit them for justification too.
 */
const SPACE_EMS = 0.2

const CJK_EDGE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u

/** Groups a page's items into fragments, top to bottom, left to right. */
export function buildFragments(items: readonly TextItem[]): Fragment[] {
  const sorted = items
    .filter((i) => i.text !== '' && i.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: TextItem[][] = []
  for (const item of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(row[0]!.y - item.y) <= 0.4 * Math.min(row[0]!.size, item.size)) {
      row.push(item)
    } else rows.push([item])
  }
  return rows.flatMap(splitRow)
}

function splitRow(row: TextItem[]): Fragment[] {
  row.sort((a, b) => a.x - b.x)
  const out: Fragment[] = []
  let parts: TextItem[] = []
  let end = -Infinity
  let prev: TextItem | null = null
  for (const item of row) {
    // The same glyphs drawn again a hair to the right: a producer's fake bold.
    if (prev && item.text === prev.text && Math.abs(item.x - prev.x) < 0.2 * item.size) {
      prev.bold = true
      continue
    }
    prev = item
    const size = Math.max(item.size, parts[0]?.size ?? 0)
    if (parts.length > 0 && item.x - end > GUTTER_EMS * size && item.text.trim() !== '') {
      out.push(toFragment(parts))
      parts = []
    }
    parts.push(item)
    end = Math.max(end, item.x + item.width)
  }
  if (parts.length > 0) out.push(toFragment(parts))
  return out.filter((f) => f.text !== '')
}

function toFragment(all: readonly TextItem[]): Fragment {
  const parts = all.filter((p) => p.text.trim() !== '')
  if (parts.length === 0) return { ...fromItem(all[0]!), text: '' }
  const stretch = justificationGap(parts)
  let text = ''
  let end = parts[0]!.x
  let boldChars = 0
  let chars = 0
  const sizes: number[] = []
  for (const p of parts) {
    if (text !== '' && p.x - end - stretch > SPACE_EMS * p.size) text += ' '
    text += p.text
    end = Math.max(end, p.x + p.width)
    const n = p.text.trim().length
    chars += n
    if (p.bold) boldChars += n
    for (let k = 0; k < n; k++) sizes.push(p.size)
  }
  sizes.sort((a, b) => a - b)
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x0: parts[0]!.x,
    x1: end,
    y: parts[0]!.y,
    size: sizes[sizes.length >> 1] ?? parts[0]!.size,
    bold: chars > 0 && boldChars * 2 > chars,
  }
}

function fromItem(i: TextItem): Fragment {
  return { text: i.text, x0: i.x, x1: i.x + i.width, y: i.y, size: i.size, bold: i.bold }
}

/**
 * The extra gap a justified line puts between glyphs: the median gap between
 * neighbouring CJK items (0 when the line has none). Gaps are judged on top
 * of it, so a stretched line of Chinese does not gain spaces.
 */
function justificationGap(parts: readonly TextItem[]): number {
  const gaps: number[] = []
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!
    const b = parts[i]!
    if (CJK_EDGE.test(a.text[a.text.length - 1] ?? '') && CJK_EDGE.test(b.text[0] ?? '')) {
      gaps.push(Math.max(0, b.x - (a.x + a.width)))
    }
  }
  if (gaps.length < 3) return 0
  gaps.sort((x, y) => x - y)
  return gaps[gaps.length >> 1]!
}
