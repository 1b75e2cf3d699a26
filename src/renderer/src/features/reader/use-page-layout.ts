/**
 * The reader's page layout beside its text size: line spacing (a few fixed
 * steps) and column width (narrow, standard, wide), remembered in
 * localStorage across sessions like the text size.
 */
import { useCallback, useEffect, useState } from 'react'

const LINE_HEIGHT_KEY = 'pizhu.reader.lineHeight'
const MEASURE_KEY = 'pizhu.reader.measure'

/** Line spacing as multiples of the text size. */
export const LINE_HEIGHTS = [1.6, 1.75, 1.85, 2, 2.2] as const
export const DEFAULT_LINE_HEIGHT = 1.85

/** Column widths, in em of the text size (37em is about 37 characters a line). */
export const MEASURES = { narrow: 32, standard: 37, wide: 45 } as const
export type Measure = keyof typeof MEASURES
export const DEFAULT_MEASURE: Measure = 'standard'

function savedLineHeight(): number {
  const n = Number(localStorage.getItem(LINE_HEIGHT_KEY))
  return (LINE_HEIGHTS as readonly number[]).includes(n) ? n : DEFAULT_LINE_HEIGHT
}

function savedMeasure(): Measure {
  const m = localStorage.getItem(MEASURE_KEY)
  return m !== null && m in MEASURES ? (m as Measure) : DEFAULT_MEASURE
}

export interface PageLayout {
  lineHeight: number
  measure: Measure
  canTighten: boolean
  canLoosen: boolean
  tighter(): void
  looser(): void
  setMeasure(m: Measure): void
  /** CSS custom properties for the reader's root element. */
  style: Record<'--reader-line-height' | '--reader-measure', string>
}

export function usePageLayout(): PageLayout {
  const [lineHeight, setLineHeight] = useState(savedLineHeight)
  const [measure, setMeasure] = useState(savedMeasure)

  useEffect(() => {
    localStorage.setItem(LINE_HEIGHT_KEY, String(lineHeight))
  }, [lineHeight])
  useEffect(() => {
    localStorage.setItem(MEASURE_KEY, measure)
  }, [measure])

  const move = useCallback((direction: 1 | -1) => {
    setLineHeight((current) => {
      const i = LINE_HEIGHTS.indexOf(current as (typeof LINE_HEIGHTS)[number])
      const next = Math.min(LINE_HEIGHTS.length - 1, Math.max(0, i + direction))
      return LINE_HEIGHTS[next]!
    })
  }, [])
  const tighter = useCallback(() => move(-1), [move])
  const looser = useCallback(() => move(1), [move])

  return {
    lineHeight,
    measure,
    canTighten: lineHeight > LINE_HEIGHTS[0],
    canLoosen: lineHeight < LINE_HEIGHTS[LINE_HEIGHTS.length - 1]!,
    tighter,
    looser,
    setMeasure,
    style: {
      '--reader-line-height': String(lineHeight),
      '--reader-measure': `${MEASURES[measure]}em`,
    },
  }
}
