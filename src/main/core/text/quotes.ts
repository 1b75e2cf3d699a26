/**
 * Straight quotes in Chinese text become paired curly quotes. Pairing runs
 * across the whole paragraph (a quote may open on one extracted line and
 * close on another); position decides where it can — a quote at the start
 * or after an opening mark opens, one before a clause mark or at the end
 * closes — and alternation decides the rest.
 */
import { isChineseContext } from './cjk'
import type { Locked } from './text-scan'

const OPENS_AFTER = /[\s(（【《“‘：:，,、；;。！？!?]/u
const CLOSES_BEFORE = /[，,。、；;：:！？!?）)】》…]/u
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u

/**
 * Replaces `"` with “ or ” when the paragraph is Chinese; a `'` touching a
 * Chinese character becomes ‘ or ’ the same way (an apostrophe between Latin
 * letters is left alone). Lengths are unchanged, so offsets stay valid.
 */
export function pairQuotes(text: string, locked: Locked): string {
  if (!CHINESE.test(text)) return text
  let out = text
  if (out.includes('"')) out = pairMark(out, locked, '"', '“', '”', () => true)
  if (out.includes("'")) {
    out = pairMark(
      out,
      locked,
      "'",
      '‘',
      '’',
      (i) => isChineseContext(out[i - 1]) || isChineseContext(out[i + 1]),
    )
  }
  return out
}

function pairMark(
  text: string,
  locked: Locked,
  mark: string,
  open: string,
  close: string,
  applies: (i: number) => boolean,
): string {
  let inside = false
  return text.replaceAll(mark, (m: string, i: number) => {
    if (locked(i) || !applies(i)) return m
    const before = text[i - 1]
    const after = text[i + 1]
    let opens: boolean = !inside
    if (before === undefined || (OPENS_AFTER.test(before) && !inside)) opens = true
    else if (after === undefined || CLOSES_BEFORE.test(after)) opens = false
    inside = opens
    return opens ? open : close
  })
}
