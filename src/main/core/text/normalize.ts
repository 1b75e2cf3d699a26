/**
 * Chinese text repair for one block of text (a paragraph, a headline, a
 * byline): compatibility ideographs mapped, half-width punctuation in
 * Chinese context made full-width, straight double quotes paired, stray
 * whitespace removed. Decimal points, `3+3+N`, dates, times, URLs, e-mail
 * addresses and Latin text are left as they are. Pure and idempotent.
 */
import { mapCompatIdeographs } from './compat'
import { fullWidthPunctuation } from './punctuation'
import { pairQuotes } from './quotes'
import { squeezeSpaces } from './spacing'

export type TextRole = 'body' | 'heading' | 'byline'

const PROTECTED =
  /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/** Marks the code points inside URLs and e-mail addresses. */
function lockedPositions(text: string, chars: readonly string[]): boolean[] {
  const locked = new Array<boolean>(chars.length).fill(false)
  // map UTF-16 offsets to code point indexes
  const index: number[] = []
  let cp = 0
  for (const ch of chars) {
    index.push(cp)
    if (ch.length === 2) index.push(cp)
    cp++
  }
  for (const m of text.matchAll(PROTECTED)) {
    const start = index[m.index]!
    const end = index[m.index + m[0].length - 1]!
    for (let k = start; k <= end; k++) locked[k] = true
  }
  return locked
}

/**
 * Normalises one block. `role` 'heading' and 'byline' keep single spaces
 * between Chinese words (`开放高新 喜迎八方客`, `刘茂娇 赵胤越 马菱涔`); 'body'
 * removes them. Leading and trailing whitespace is dropped.
 */
export function normalizeText(text: string, role: TextRole = 'body'): string {
  const mapped = mapCompatIdeographs(text).replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')
  const chars = [...mapped]
  const locked = lockedPositions(mapped, chars)
  fullWidthPunctuation(chars, locked)
  pairQuotes(chars, locked)
  const squeezed = squeezeSpaces(chars, locked, role !== 'body')
  return squeezed.join('')
}
