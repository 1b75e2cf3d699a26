/**
 * Turns measurements into rows (median, throughput, ratio to the baseline),
 * a plain-text table for the terminal and the machine-readable results file.
 */
import type { CorpusStats } from './corpus'
import { median, type Measurement } from './runner'

export interface Row {
  name: string
  baseline: string | null
  medianMs: number
  runsMs: number[]
  /** medianMs divided by the baseline's medianMs; null for a baseline row. */
  ratio: number | null
  articlesPerSec: number
  /** Megabytes (10^6 bytes) of UTF-8 input per second. */
  mbPerSec: number
  /** Median peak RSS growth during the timed step, in MB; null where unknown. */
  peakRssDeltaMb: number | null
}

/** Computes the rows; a baseline must be measured in the same run as the rows compared with it. */
export function toRows(measurements: readonly Measurement[], corpus: CorpusStats): Row[] {
  const medians = new Map(measurements.map((m) => [m.name, median(m.runsMs)]))
  return measurements.map((m) => {
    const medianMs = medians.get(m.name)!
    const base = m.baseline === null ? undefined : medians.get(m.baseline)
    if (m.baseline !== null && base === undefined) {
      throw new Error(`${m.name}: its baseline "${m.baseline}" was not measured`)
    }
    const peaks = m.peakRssBytes.filter((p): p is number => p !== null)
    return {
      name: m.name,
      baseline: m.baseline,
      medianMs: round(medianMs, 1),
      runsMs: m.runsMs.map((ms) => round(ms, 1)),
      ratio: base === undefined ? null : round(medianMs / base, 2),
      articlesPerSec: Math.round(corpus.articles / (medianMs / 1000)),
      mbPerSec: round(corpus.bytes / 1e6 / (medianMs / 1000), 2),
      peakRssDeltaMb: peaks.length ? round(median(peaks) / 1e6, 1) : null,
    }
  })
}

/** A fixed-width table; the baseline column names the row compared with. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'median ms', 'runs ms', 'articles/s', 'MB/s', 'peak RSS Δ', 'vs']
  const body = rows.map((r) => [
    r.name,
    r.medianMs.toFixed(0),
    r.runsMs.map((ms) => ms.toFixed(0)).join(' / '),
    r.articlesPerSec.toLocaleString('en'),
    r.mbPerSec.toFixed(1),
    r.peakRssDeltaMb === null ? 'n/a' : `${r.peakRssDeltaMb.toFixed(1)} MB`,
    r.ratio === null ? 'baseline' : `${r.ratio.toFixed(1)}× ${shortName(r.baseline!)}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)))
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...body.map(line)].join('\n')
}

/** "floor: plain prepared INSERT…" → "floor": the part before the colon, for the ratio column. */
function shortName(name: string): string {
  const colon = name.indexOf(':')
  return colon > 0 ? name.slice(0, colon) : name
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
