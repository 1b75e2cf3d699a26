/**
 * Small helpers for scanning a string around a position without turning it
 * into an array: the code point before or after an offset (optionally
 * skipping whitespace), and the protected ranges (URLs, e-mail addresses)
 * normalisation must not touch.
 */

/** True when the UTF-16 offset lies in a protected range. */
export type Locked = (offset: number) => boolean

const SPACE = /\s/u

/** The code point ending just before `at`, skipping whitespace when asked. */
export function charBefore(text: string, at: number, skipSpace: boolean): string | undefined {
  let i = at - 1
  while (i >= 0) {
    const code = text.charCodeAt(i)
    const ch = code >= 0xdc00 && code <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : text[i]!
    if (!skipSpace || !SPACE.test(ch)) return ch
    i -= ch.length
  }
  return undefined
}

/** The code point starting at `at` or later, skipping whitespace when asked. */
export function charAfter(text: string, at: number, skipSpace: boolean): string | undefined {
  let i = at
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!)
    if (!skipSpace || !SPACE.test(ch)) return ch
    i += ch.length
  }
  return undefined
}

const PROTECTED =
  /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/** The protected ranges of a text, as a lookup by offset. */
export function lockedRanges(text: string): Locked {
  if (!/[:@]|www\./.test(text)) return () => false
  const ranges: [number, number][] = []
  for (const m of text.matchAll(PROTECTED)) ranges.push([m.index, m.index + m[0].length])
  if (ranges.length === 0) return () => false
  return (offset) => ranges.some(([s, e]) => offset >= s && offset < e)
}
