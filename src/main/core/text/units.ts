/**
 * The lines of extracted pages as layout units: trimmed, compatibility
 * ideographs mapped, each knowing its page, how many blank lines surround it,
 * whether it was indented, and what the format said about it.
 */
import type { ExtractedLine, ExtractedText } from '../import/extracted'
import { mapCompatIdeographs } from './compat'

export interface Unit {
  text: string
  page: number | null
  blanksBefore: number
  blanksAfter: number
  indented: boolean
  /** What the format said about the line (kind, level, size); its `text` is the raw line. */
  hint: ExtractedLine
}

const INDENT = /^(\u3000|\s{2,})/u

/** Non-empty lines of every page, in reading order. */
export function toUnits(extracted: ExtractedText): Unit[] {
  const units: Unit[] = []
  let blanks = 0
  for (const page of extracted.pages) {
    for (const line of page.lines) {
      // String#trim removes U+3000 ideographic spaces too
      const text = mapCompatIdeographs(line.text).trim()
      if (text === '') {
        blanks++
        continue
      }
      const prev = units[units.length - 1]
      if (prev) prev.blanksAfter = blanks
      units.push({
        text,
        page: page.number,
        blanksBefore: units.length === 0 ? 0 : blanks,
        blanksAfter: 0,
        indented: INDENT.test(line.text),
        hint: line,
      })
      blanks = 0
    }
  }
  const last = units[units.length - 1]
  if (last) last.blanksAfter = blanks
  return units
}
