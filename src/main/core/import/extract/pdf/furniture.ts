/**
 * Page furniture: running headers and footers (the same text at the same
 * place on most pages, page numbers inside them allowed to vary) and bare
 * page numbers in the top or bottom margin. Dropped from the text; a printed
 * page number is kept as the page's number.
 */
import type { Fragment } from './page-items'
import { bodySizeOf } from './page-lines'

/** Share of the page height, at top and bottom, where furniture is looked for. */
const MARGIN_SHARE = 0.1
/**
 * Share of the page height at the very top and bottom where a short line set
 * smaller than the body is furniture even on a one-page file (a folio line
 * such as "经济要闻 2023年5月20日"), since repetition cannot tell there.
 */
const EDGE_SHARE = 0.06
const MAX_FOLIO_CHARS = 40
/** A line repeated on at least this share of pages is furniture. */
const REPEAT_SHARE = 0.5

/** Bare page numbers: "3", "- 3 -", "— 3 —", "第3页", "第3页 共10页", "3 / 10", "Page 3 of 10". */
const PAGE_NUMBER = [
  /^(?:[-–—－]\s*)?(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[-–—－])?$/,
  /^第\s*(\d{1,4})\s*页\s*[,，/／]?\s*共\s*\d{1,4}\s*页$/,
  /^(\d{1,4})\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*(\d{1,4})(?:\s*of\s*\d{1,4})?$/i,
]

export interface PageLines {
  height: number
  fragments: Fragment[]
}

/** The page number a bare page-number line states, or null when the line is not one. */
export function pageNumberOf(text: string): number | null {
  const t = text.trim()
  for (const re of PAGE_NUMBER) {
    const m = re.exec(t)
    if (m) return Number(m[1])
  }
  return null
}

const inMargin = (f: Fragment, height: number): boolean =>
  f.y > height * (1 - MARGIN_SHARE) || f.y < height * MARGIN_SHARE

/** Position-and-text key of a margin line; digits are wildcards so "第3版" repeats as "第#版". */
const keyOf = (f: Fragment): string => `${Math.round(f.y / 6)}|${f.text.replace(/\d+/g, '#')}`

/**
 * Removes running headers/footers and bare page numbers from every page;
 * returns the kept fragments and the printed page number found on each page
 * (null where none was printed).
 */
export function dropFurniture(pages: readonly PageLines[]): {
  pages: Fragment[][]
  printedNumbers: (number | null)[]
} {
  const counts = new Map<string, number>()
  for (const p of pages) {
    const keys = new Set(p.fragments.filter((f) => inMargin(f, p.height)).map(keyOf))
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const minRepeats = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length))
  const printedNumbers: (number | null)[] = []
  const kept = pages.map((p) => {
    let printed: number | null = null
    const body = bodySizeOf(p.fragments)
    const rest = p.fragments.filter((f) => {
      if (!inMargin(f, p.height)) return true
      if (isFolio(f, p.height, body)) return false
      const n = pageNumberOf(f.text)
      if (n !== null) {
        printed ??= n
        return false
      }
      return (counts.get(keyOf(f)) ?? 0) < minRepeats
    })
    printedNumbers.push(printed)
    return rest
  })
  return { pages: kept, printedNumbers }
}

/** A short, small line at the very edge of the page. */
function isFolio(f: Fragment, height: number, bodySize: number): boolean {
  const atEdge = f.y > height * (1 - EDGE_SHARE) || f.y < height * EDGE_SHARE
  return atEdge && f.size < 0.9 * bodySize && [...f.text].length <= MAX_FOLIO_CHARS
}
