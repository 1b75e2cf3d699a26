/**
 * Mentions counted per month for the timeline: every month from the first
 * to the last mention (empty months included, so gaps show), keyed YYYY-MM.
 */

/** [month, count] pairs in order; undated mentions are left out. */
export function mentionsByMonth(dates: readonly (string | null)[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const d of dates) {
    if (!d || !/^\d{4}-\d{2}/.test(d)) continue
    const month = d.slice(0, 7)
    counts.set(month, (counts.get(month) ?? 0) + 1)
  }
  const months = [...counts.keys()].sort()
  if (months.length === 0) return []
  const out: [string, number][] = []
  let [y, m] = months[0]!.split('-').map(Number) as [number, number]
  const last = months[months.length - 1]!
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    out.push([key, counts.get(key) ?? 0])
    if (key === last) break
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}
