/** Locale-aware formatting of numbers and dates for the interface language. */

/** `1523` → "1,523" (grouping per locale). */
export function formatNumber(n: number, lng: string): string {
  return new Intl.NumberFormat(lng).format(n)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * A calendar date ("2024年3月15日" / "15 Mar 2024") from an ISO date or
 * timestamp. A date string that is not ISO (e.g. "2024年春") is shown as is.
 */
export function formatDate(value: string, lng: string, options?: { timestamp?: boolean }): string {
  const m = ISO_DATE.exec(value)
  if (!m) return value
  const date = options?.timestamp
    ? new Date(value)
    : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(lng, {
    year: 'numeric',
    month: lng === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(date)
}
