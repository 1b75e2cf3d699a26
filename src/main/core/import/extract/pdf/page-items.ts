/**
 * The positioned text of one PDF page, in a form the layout code can work
 * on without pdfjs: each item's text, its left edge and baseline in PDF
 * units (y grows upwards), its width and font size, and whether its font is
 * bold.
 */

export interface TextItem {
  text: string
  x: number
  /** Baseline, measured from the bottom of the page. */
  y: number
  width: number
  size: number
  bold: boolean
}

export interface PageItems {
  /** 1-based position of the page in the file. */
  index: number
  width: number
  height: number
  items: TextItem[]
  /** Characters set vertically or rotated, which are left out (not laid out yet). */
  rotatedChars: number
}

/** A run of items on one baseline with no column gap inside it. */
export interface Fragment {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  bold: boolean
}
