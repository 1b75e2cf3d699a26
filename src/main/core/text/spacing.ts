/**
 * Whitespace that text extraction leaves inside Chinese: line breaks turned
 * into spaces (`招商引 资`, `2502.7亿 元`, `总额 292 亿元`). A space is removed
 * between two Chinese characters (unless `keepCjkSpaces`, for headlines and
 * bylines where `开放高新 喜迎八方客` and `刘茂娇 赵胤越` are meant), next to
 * full-width punctuation, and between a number and a Chinese character.
 * Spaces between Latin words and around URLs stay; runs of spaces collapse to one.
 */
import { isCjk, isCjkPunct } from './cjk'

const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9%％]/.test(ch)

/** Returns the characters with removable whitespace dropped. */
export function squeezeSpaces(
  chars: readonly string[],
  locked: readonly boolean[],
  keepCjkSpaces: boolean,
): string[] {
  const out: string[] = []
  let i = 0
  while (i < chars.length) {
    if (!/\s/u.test(chars[i]!) || locked[i]) {
      out.push(chars[i]!)
      i++
      continue
    }
    let j = i
    while (j < chars.length && /\s/u.test(chars[j]!)) j++
    const before = out[out.length - 1]
    const after = chars[j]
    const nextToLocked = locked[i - 1] === true || locked[j] === true
    if (
      before !== undefined &&
      after !== undefined &&
      (nextToLocked || !removable(before, after, keepCjkSpaces))
    ) {
      out.push(' ')
    }
    i = j
  }
  return out
}

function removable(before: string, after: string, keepCjkSpaces: boolean): boolean {
  if (isCjkPunct(before) || isCjkPunct(after)) return true
  if (isCjk(before) && isCjk(after)) return !keepCjkSpaces
  if ((isDigit(before) && isCjk(after)) || (isCjk(before) && isDigit(after))) return true
  return false
}
