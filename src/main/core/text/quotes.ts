/**
 * Straight quotes in Chinese text become paired curly quotes. Pairing runs
 * across the whole paragraph (a quote may open on one extracted line and
 * close on another); position decides where it can — a quote at the start
 * or after an opening mark opens, one before a clause mark or at the end
 * closes — and alternation decides the rest; a mark the source lost costs
 * one assumed gap instead of flipping every later pair.
 */
import { isChineseContext } from './cjk'
import type { Locked } from './text-scan'

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
  const at: number[] = []
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (!locked(i) && applies(i)) at.push(i)
  }
  if (at.length === 0) return text
  const opens = at.length <= MAX_WEIGHED ? chooseRoles(text, at) : alternate(text, at)
  const chars = text.split('')
  at.forEach((i, k) => (chars[i] = opens[k] ? open : close))
  return chars.join('')
}

/** Paragraphs with more marks than this pair by position and alternation alone (bounded work). */
const MAX_WEIGHED = 200

function alternate(text: string, at: readonly number[]): boolean[] {
  let inside = false
  return at.map((i) => {
    const before = text[i - 1]
    const after = text[i + 1]
    let opens = !inside
    if (before === undefined || (OPEN_ONLY.test(before) && !inside)) opens = true
    else if (after === undefined || CLOSES_BEFORE.test(after)) opens = false
    inside = opens
    return opens
  })
}

/** Cost of a mark the source lost (an opener or a closer that is not there). */
const LOST = 2
/** Cost of a role the position speaks against (an opener before a comma). */
const AGAINST = 3
/** Cost of quoting a long clause that is not speech: quoted terms are short. */
const LONG_TERM = 1
const OPEN_ONLY = /[\s(（【《“‘：:，,、；;]/u
const SPEECH_END = /[。！？!?…]$/u

/**
 * Decides for each mark whether it opens, by the cheapest reading of the
 * paragraph: position evidence (a mark at the start or after a clause mark
 * opens, one before a clause mark or at the end closes), pairs alternating,
 * and where the source lost a mark (`坚持"工业立县导向，先后落地5个"百亿级"项目`)
 * one lost mark assumed rather than every later pair flipped.
 */
function chooseRoles(text: string, at: readonly number[]): boolean[] {
  const openCost = (i: number): number => {
    const after = text[i + 1]
    return after === undefined || CLOSES_BEFORE.test(after) ? AGAINST : 0
  }
  const closeCost = (i: number): number => {
    const before = text[i - 1]
    return before === undefined || OPEN_ONLY.test(before) ? AGAINST : 0
  }
  const spanCost = (from: number, to: number): number => {
    const span = text.slice(from + 1, to)
    if (span.length <= 12 || !/[，,。；;]/u.test(span) || SPEECH_END.test(span)) return 0
    return /[：:]/u.test(text[from - 1] ?? '') ? 0 : LONG_TERM
  }
  // state: -1 outside, k inside the quote mark k opened
  type Path = { cost: number; roles: boolean[] }
  let states = new Map<number, Path>([[-1, { cost: 0, roles: [] }]])
  const offer = (next: Map<number, Path>, key: number, cost: number, roles: boolean[]): void => {
    const known = next.get(key)
    if (known === undefined || cost < known.cost) next.set(key, { cost, roles })
  }
  at.forEach((i, k) => {
    const next = new Map<number, Path>()
    for (const [state, path] of states) {
      const asOpen = [...path.roles, true]
      const asClose = [...path.roles, false]
      if (state === -1) {
        offer(next, k, path.cost + openCost(i), asOpen)
        offer(next, -1, path.cost + LOST + closeCost(i), asClose)
      } else {
        const span = state >= 0 ? spanCost(at[state]!, i) : 0
        offer(next, -1, path.cost + closeCost(i) + span, asClose)
        offer(next, k, path.cost + LOST + openCost(i), asOpen)
      }
    }
    states = next
  })
  let best: Path | null = null
  for (const [state, path] of states) {
    const cost = path.cost + (state === -1 ? 0 : LOST)
    if (best === null || cost < best.cost) best = { cost, roles: path.roles }
  }
  return best!.roles
}
