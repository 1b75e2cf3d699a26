/**
 * The issuing body of a policy point, when the text states it outright: the
 * mention is the short name given to a titled document right after a body
 * is said to have issued it — 南江市政府办公室印发《…若干措施》（以下简称“24条”）.
 * Anything less certain gives nothing: a wrong issuer is worse than none.
 * The issuing date is never guessed (an article's date is not it).
 */
import { clauseStart } from '../policy/clause'

/** 印发《title》（以下简称 just before the mention; group 1 is what precedes the verb. */
const NAMED_AFTER_TITLE =
  /([\u4e00-\u9fff]{2,30}?)(?:联合)?(?:印发|出台|发布|制定|颁布|出台了|印发了)《[^《》\n]{2,80}》[（(](?:以下)?(?:简称|称)[为：:]?$/u
/** How a body's name ends (人民政府, 办公室, 发展改革委, 商务局…). */
const BODY_END = /(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|院|署|中心|领导小组)$/u
/** Time words that may open the clause before the body (近日, 日前…). */
const LEADING_TIME = /^(?:近日|日前|近期|目前|此前|今年|去年|年初|上月|本月)/u

/** The body that issued the policy mentioned at [start, …), or null when the text does not say. */
export function issuerFromContext(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 160), start)
  const m = NAMED_AFTER_TITLE.exec(before)
  if (!m) return null
  const verbAt = before.length - m[0].length + m[1]!.length
  const from = clauseStart(before, verbAt, 30)
  const body = before.slice(from, verbAt).replace(LEADING_TIME, '')
  if (!/^[\u4e00-\u9fff]{2,24}$/u.test(body) || !BODY_END.test(body)) return null
  return body
}
