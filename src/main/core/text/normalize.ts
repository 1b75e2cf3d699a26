/**
 * Chinese text repair for one block of text (a paragraph, a headline, a
 * byline): compatibility ideographs mapped, half-width punctuation in
 * Chinese context made full-width, straight quotes paired, stray whitespace
 * removed. Decimal points, `3+3+N`, dates, times, URLs, e-mail addresses
 * and Latin text are left as they are. Pure and idempotent. Works on the
 * string with targeted regular expressions: most paragraphs need little or
 * nothing, and the bench imports millions of characters.
 */
import { mapCompatIdeographs } from './compat'
import { fullWidthPunctuation } from './punctuation'
import { pairQuotes } from './quotes'
import { squeezeSpaces } from './spacing'
import { lockedRanges } from './text-scan'

export type TextRole = 'body' | 'heading' | 'byline'

const NEEDS_WORK = /[,:;?!()"'\s]/u
const HALF_WIDTH = /[,:;?!()]/

/**
 * Normalises one block. `role` 'heading' and 'byline' keep single spaces
 * between Chinese words (`开放高新 喜迎八方客`, `刘茂娇 赵胤越 马菱涔`); 'body'
 * removes them. Leading and trailing whitespace is dropped.
 */
export function normalizeText(text: string, role: TextRole = 'body'): string {
  let out = mapCompatIdeographs(text).trim()
  if (!NEEDS_WORK.test(out)) return out
  const locked = lockedRanges(out)
  // punctuation and quote replacements keep every offset, so `locked` stays valid
  if (HALF_WIDTH.test(out)) out = fullWidthPunctuation(out, locked)
  if (/["']/.test(out)) out = pairQuotes(out, locked)
  if (/\s/u.test(out)) out = squeezeSpaces(out, locked, role !== 'body')
  return out
}
