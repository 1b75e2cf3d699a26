/** What the article editor needs to know about a highlight: its id, place and colour. */
export interface MarkRange {
  id: number
  /** UTF-16 offsets into the article text (blocks joined by "\n"). */
  start: number
  end: number
  color: string
}

/** The prefix of MarkNode ids, so a mark id never collides with another feature's. */
export const MARK_ID_PREFIX = 'hl:'

export const markId = (id: number): string => `${MARK_ID_PREFIX}${id}`

/** The highlight id in a MarkNode id, or null for another feature's mark. */
export function highlightIdOf(markNodeId: string): number | null {
  if (!markNodeId.startsWith(MARK_ID_PREFIX)) return null
  const n = Number(markNodeId.slice(MARK_ID_PREFIX.length))
  return Number.isInteger(n) ? n : null
}
