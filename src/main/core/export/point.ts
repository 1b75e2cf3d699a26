/** The point an item makes, shared by every format that numbers items. */
import type { ExportItem } from './export-set'

/** Non-blank lines of a text. */
export const textLines = (text: string): string[] => text.split('\n').filter((l) => l.trim())

/** The item's point: the first line of its note, else its article's title in 《》. */
export function pointText(item: ExportItem): string {
  return textLines(item.noteText)[0] ?? `《${item.source.title}》`
}

/** The note's lines after the point (empty when the point is the article title). */
export function noteRest(item: ExportItem): string[] {
  return textLines(item.noteText).slice(1)
}
