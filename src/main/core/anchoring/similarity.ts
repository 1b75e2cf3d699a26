/** Similarity of two strings in [0, 1], from their edit distance. */
import search from 'approx-string-match'

/** Above this many DP cells, fall back to approximate substring search. */
const MAX_CELLS = 4_000_000

/** Levenshtein distance of a and b (two-row dynamic programme). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  let cur = new Array<number>(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

/** 1 for equal strings, 0 for nothing in common; two empty strings count as equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  if (a.length * b.length > MAX_CELLS) {
    const [text, pattern] = a.length >= b.length ? [a, b] : [b, a]
    const best = search(text, pattern, pattern.length)[0]
    const errors = (best?.errors ?? pattern.length) + (text.length - pattern.length)
    return Math.max(0, 1 - errors / longest)
  }
  return 1 - editDistance(a, b) / longest
}
