/**
 * Clause-level helpers shared by the rules: quote pairs, where a clause
 * starts, and the words a topic or subject should not begin with.
 */

/** Opening quote → its closing partner; straight quotes close themselves. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '‘': '’',
  "'": "'",
  '「': '」',
  '『': '』',
  '《': '》',
  '＂': '＂',
}
export const OPEN_QUOTES = '“"‘\'「『《＂'
export const CLOSE_QUOTES = '”"’\'」』》＂'

/** Characters that end a clause: a topic or subject never reaches past one. */
const CLAUSE_END = /[，,。．.；;：:！!？?、\n\r\t（）()【】[\]…—]/u

/** The index where the clause containing `pos` begins (just after the previous clause mark). */
export function clauseStart(text: string, pos: number, maxBack = 40): number {
  const floor = Math.max(0, pos - maxBack)
  for (let i = pos - 1; i >= floor; i--) {
    if (CLAUSE_END.test(text[i]!) && !decimalPoint(text, i)) return i + 1
  }
  return floor
}

/** True for the point of 2.5 in PM2.5 or 1.5万: a decimal point, not a full stop. */
function decimalPoint(text: string, i: number): boolean {
  return (
    /[.．]/u.test(text[i]!) &&
    /[0-9０-９]/u.test(text[i - 1] ?? '') &&
    /[0-9０-９]/u.test(text[i + 1] ?? '')
  )
}

/** The index where the sentence containing `pos` begins (after 。！？ or a line break). */
export function sentenceStart(text: string, pos: number, maxBack = 200): number {
  const floor = Math.max(0, pos - maxBack)
  for (let i = pos - 1; i >= floor; i--) {
    if (/[。！？!?\n]/u.test(text[i]!)) return i + 1
  }
  return floor
}

/** True when `text[start, end)` is wrapped by a matching quote pair. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[text[start - 1] ?? '']
  return close !== undefined && text[end] === close
}

/**
 * Leading words that belong to the sentence's frame, not to a topic or a
 * target's subject (第八条, 目标是, 时间状语, 力争/确保, 全市…). Removed repeatedly
 * from the front.
 */
const LEADING_FRAME =
  /^(?:第[0-9０-９一二三四五六七八九十百]+条[\s\u3000]*|(?:主要)?(?:预期)?目标(?:是|为)|到(?:20\d{2}|二〇[〇一二三四五六七八九]{2})年(?:底|末)?|(?:20\d{2}|二〇[〇一二三四五六七八九]{2})年(?:底|末)?|今年|明年|全年|去年|上年|力争|确保|争取|努力|建议|推动|推进|实现|并|将|要求|要|使|其中|同时|[一二三四五六七八九十]是|全市|全省|全区|全县|全国|本市|我市|我们|我省|我区|我县)/u

/**
 * Strips list marks and frame words from the front of a phrase. The last word is kept when
 * the phrase is nothing but frame, unless `all` (a verbless figure such as
 * 新增就业70万人 has its own head, so 目标是 before it goes too).
 */
export function stripLeadingFrame(phrase: string, all = false): string {
  // ✅, ▶, spaces: a list's marks are not part of a subject.
  let s = phrase.replace(/^[^\p{Script=Han}A-Za-z0-9]+/u, '')
  for (;;) {
    const m = LEADING_FRAME.exec(s)
    if (!m || (m[0].length === s.length && !all)) return s
    s = s.slice(m[0].length)
  }
}
