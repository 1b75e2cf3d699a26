/**
 * Straight double quotes in Chinese text become paired curly quotes. Pairing
 * runs across the whole paragraph (a quote may open on one extracted line and
 * close on another); position decides where it can — a quote at the start or
 * after an opening mark opens, one before a clause mark or at the end closes —
 * and alternation decides the rest.
 */
import { isChineseContext } from './cjk'

const OPENS_AFTER = /[\s(（【《“‘：:，,、；;。！？!?]/u
const CLOSES_BEFORE = /[，,。、；;：:！？!?）)】》…]/u

/**
 * Replaces `"` with “ or ” in place, when the paragraph is Chinese; a `'`
 * touching a Chinese character becomes ‘ or ’ the same way (an apostrophe
 * between Latin letters is left alone).
 */
export function pairQuotes(chars: string[], locked: readonly boolean[]): void {
  if (!chars.some((c) => isChineseContext(c))) return
  pairMark(chars, locked, '"', '“', '”', () => true)
  pairMark(
    chars,
    locked,
    "'",
    '‘',
    '’',
    (i) => isChineseContext(chars[i - 1]) || isChineseContext(chars[i + 1]),
  )
}

function pairMark(
  chars: string[],
  locked: readonly boolean[],
  mark: string,
  open: string,
  close: string,
  applies: (i: number) => boolean,
): void {
  let inside = false
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== mark || locked[i] || !applies(i)) continue
    const before = chars[i - 1]
    const after = chars[i + 1]
    let opens: boolean = !inside
    if (before === undefined || (OPENS_AFTER.test(before) && !inside)) opens = true
    else if (after === undefined || CLOSES_BEFORE.test(after)) opens = false
    chars[i] = opens ? open : close
    inside = opens
  }
}
