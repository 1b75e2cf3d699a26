/**
 * Half-width punctuation typed or extracted inside Chinese text becomes the
 * full-width form a Chinese reader expects. A mark is "in Chinese context"
 * when the nearest non-space character on either side is Chinese; a comma
 * or colon between two digits never is — so `3,000`, `10:30`,
 * `Hello, world` and `a(b)` stay as they are.
 */
import { isChineseContext, isCjk } from './cjk'
import { charAfter, charBefore, type Locked } from './text-scan'

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }
const DIGIT = /[0-9]/

/** Converts `, : ; ? !` and paired `( )` in Chinese context to full width. */
export function fullWidthPunctuation(text: string, locked: Locked): string {
  const out = text.replace(/[,:;?!]/g, (mark, at: number) => {
    if (locked(at)) return mark
    const before = charBefore(text, at, true)
    const after = charAfter(text, at + 1, true)
    if ((mark === ',' || mark === ':') && DIGIT.test(before ?? '') && DIGIT.test(after ?? '')) {
      return mark
    }
    return isChineseContext(before) || isChineseContext(after) ? FULL[mark]! : mark
  })
  return out.includes('(') ? fullWidthParens(out, locked) : out
}

/** A `( … )` pair becomes `（ … ）` when its content or either side is Chinese. */
function fullWidthParens(text: string, locked: Locked): string {
  const open: number[] = []
  const swap = new Set<number>()
  for (const m of text.matchAll(/[()]/g)) {
    const i = m.index
    if (locked(i)) continue
    if (m[0] === '(') open.push(i)
    else if (open.length > 0) {
      const start = open.pop()!
      const inner = text.slice(start + 1, i)
      const chinese =
        /\p{Script=Han}/u.test(inner) ||
        isCjk(charBefore(text, start, true)) ||
        isCjk(charAfter(text, i + 1, true))
      if (chinese) {
        swap.add(start)
        swap.add(i)
      }
    }
  }
  if (swap.size === 0) return text
  return text.replace(/[()]/g, (p, at: number) => (swap.has(at) ? (p === '(' ? '（' : '）') : p))
}
