/**
 * Half-width punctuation typed or extracted inside Chinese text becomes the
 * full-width form a Chinese reader expects. A mark is "in Chinese context"
 * when the nearest non-space character on either side is Chinese; a comma
 * or colon between two digits never is — so `3,000`, `10:30`,
 * `Hello, world` and `a(b)` stay as they are.
 */
import { isChineseContext, isCjk } from './cjk'

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch)

function neighbour(chars: readonly string[], i: number, step: 1 | -1): string | undefined {
  let j = i + step
  while (j >= 0 && j < chars.length && isSpace(chars[j])) j += step
  return chars[j]
}

/**
 * Converts `, : ; ? !` and paired `( )` in Chinese context to full width.
 * `locked[i]` marks characters (URLs, e-mail addresses) never to touch.
 */
export function fullWidthPunctuation(chars: string[], locked: readonly boolean[]): void {
  for (let i = 0; i < chars.length; i++) {
    const full = FULL[chars[i]!]
    if (!full || locked[i]) continue
    const before = neighbour(chars, i, -1)
    const after = neighbour(chars, i, 1)
    const digitsAround = /[0-9]/.test(before ?? '') && /[0-9]/.test(after ?? '')
    if (digitsAround && (chars[i] === ',' || chars[i] === ':')) continue
    if (isChineseContext(before) || isChineseContext(after)) chars[i] = full
  }
  fullWidthParens(chars, locked)
}

/** A `( … )` pair becomes `（ … ）` when its content or either side is Chinese. */
function fullWidthParens(chars: string[], locked: readonly boolean[]): void {
  const open: number[] = []
  for (let i = 0; i < chars.length; i++) {
    if (locked[i]) continue
    if (chars[i] === '(') open.push(i)
    else if (chars[i] === ')' && open.length > 0) {
      const start = open.pop()!
      const inner = chars.slice(start + 1, i)
      const chinese =
        inner.some((c) => isCjk(c)) ||
        isCjk(neighbour(chars, start, -1)) ||
        isCjk(neighbour(chars, i, 1))
      if (chinese) {
        chars[start] = '（'
        chars[i] = '）'
      }
    }
  }
}
