/**
 * The registry's timeline data: mentions counted per month for each series —
 * a policy (by id, named by its label, with its place when two policies share
 * a label) or a place (policies without one under a name for "no place").
 * Months run from the first to the last dated mention with empty months
 * included, as in the single-policy timeline. The busiest `maxSeries - 1`
 * series are kept and the rest summed into one "others" series, so the chart
 * stays readable.
 */
import type { PolicyMentionDate } from '@shared/calls/policy'
import { mentionsByMonth } from './mentions-by-month'

export type SeriesBy = 'policy' | 'place'

export interface TimelineSeries {
  name: string
  /** One count per month of `months`. */
  counts: number[]
}

export interface TimelineData {
  months: string[]
  series: TimelineSeries[]
}

export interface SeriesNames {
  /** The name of the series of policies with no place ('未注明地区'). */
  noPlace: string
  /** The name of the series summing the rest, given how many series it sums. */
  others: (count: number) => string
}

/** Counts `mentions` per month and per policy or place, busiest series first. */
export function mentionsBySeries(
  mentions: readonly PolicyMentionDate[],
  by: SeriesBy,
  names: SeriesNames,
  maxSeries = 8,
): TimelineData {
  const months = mentionsByMonth(mentions.map((m) => m.date)).map(([month]) => month)
  const index = new Map(months.map((m, i) => [m, i]))
  const labelCount = new Map<string, Set<number>>()
  for (const m of mentions)
    labelCount.set(m.label, (labelCount.get(m.label) ?? new Set()).add(m.policyId))
  const keyed = new Map<string, { name: string; counts: number[]; total: number }>()
  for (const m of mentions) {
    const at = m.date ? index.get(m.date.slice(0, 7)) : undefined
    if (at === undefined) continue
    const key = by === 'place' ? m.place : String(m.policyId)
    const name =
      by === 'place'
        ? m.place || names.noPlace
        : labelCount.get(m.label)!.size > 1
          ? `${m.label}（${m.place || names.noPlace}）`
          : m.label
    let s = keyed.get(key)
    if (!s) keyed.set(key, (s = { name, counts: months.map(() => 0), total: 0 }))
    s.counts[at]! += 1
    s.total += 1
  }
  const ranked = [...keyed.values()].sort(
    (a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'),
  )
  if (ranked.length <= maxSeries) {
    return { months, series: ranked.map(({ name, counts }) => ({ name, counts })) }
  }
  const kept = ranked.slice(0, maxSeries - 1)
  const rest = ranked.slice(maxSeries - 1)
  const others = months.map((_, i) => rest.reduce((sum, s) => sum + s.counts[i]!, 0))
  return {
    months,
    series: [
      ...kept.map(({ name, counts }) => ({ name, counts })),
      { name: names.others(rest.length), counts: others },
    ],
  }
}
