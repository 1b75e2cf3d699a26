/**
 * Counts written in digits (ASCII or full-width) or Chinese numerals, as in
 * 24条, ２４条, 二十四条, 十条, 一百零五条.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** Characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千'

/**
 * The value of a count, or null when `s` is not a well-formed number
 * (empty, mixed scripts, a unit twice in a row such as 十十).
 */
export function parseCount(s: string): number | null {
  if (s === '') return null
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (/^[0-9]+$/.test(ascii)) return Number(ascii)
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0) return null
      digit = DIGITS[c]!
    } else if (c in UNITS) {
      const unit = UNITS[c]!
      if (unit >= lastUnit) return null
      total += (digit ?? 1) * unit
      digit = null
      lastUnit = unit
    } else {
      return null
    }
  }
  return total + (digit ?? 0)
}
