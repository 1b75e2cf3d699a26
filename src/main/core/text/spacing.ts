/**
 * Whitespace that text extraction leaves inside Chinese: line breaks turned
 * into spaces (`招商引 资`, `2502.7亿 元`, `总额 292 亿元`). A space is removed
 * between two Chinese characters (unless `keepCjkSpaces`, for headlines and
 * bylines where `开放高新 喜迎八方客` and `刘茂娇 赵胤越` are meant), next to
 * full-width punctuation, between a number and a Chinese character or its
 * percent sign. The spaces in `记者 王海燕 通讯员 李文` are kept. Spaces between Latin
 * words and around URLs stay; runs of spaces collapse to one.
 */
import { isCjk, isCjkPunct } from './cjk'
import { charAfter, charBefore, type Locked } from './text-scan'

const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9%％]/.test(ch)

/** `本报讯（记者 王海燕）`: the space between a reporter's role and name is meant. */
const CREDIT_BEFORE = /(记者|通讯员)$/u
/** `（记者 王晓东 通讯员 李文）`: so is the space between one credit and the next. */
const CREDIT_AFTER = /^(通讯员|实习生|见习记者|特约记者)/u

/** Returns the text with removable whitespace dropped. */
export function squeezeSpaces(text: string, locked: Locked, keepCjkSpaces: boolean): string {
  return text.replace(/\s+/gu, (run: string, at: number) => {
    const end = at + run.length
    const before = charBefore(text, at, false)
    const after = charAfter(text, end, false)
    if (before === undefined || after === undefined) return ''
    if (locked(at - 1) || locked(end)) return ' '
    if (CREDIT_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return ' '
    if (CREDIT_AFTER.test(text.slice(end, end + 4))) return ' '
    return removable(before, after, keepCjkSpaces) ? '' : ' '
  })
}

function removable(before: string, after: string, keepCjkSpaces: boolean): boolean {
  if (isCjkPunct(before) || isCjkPunct(after)) return true
  if (isCjk(before) && isCjk(after)) return !keepCjkSpaces
  if ((isDigit(before) && isCjk(after)) || (isCjk(before) && isDigit(after))) return true
  if (/[0-9]/.test(before) && /[%％]/.test(after)) return true
  return false
}
