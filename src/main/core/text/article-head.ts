/**
 * The lines above an article's first paragraph — section marker, kicker
 * (引题), headline, subtitle (副题), byline, stray captions — turned into
 * the article's head. With font sizes the biggest line is the headline;
 * without, two display lines read as kicker + headline when the first is the
 * shorter and slogan-like — paired phrases or at most ten characters
 * (`走进西部 洽谈未来` / `达州"百亿级"制造业彰显活力`) — else as headline
 * + subtitle (`为现代化新重庆建设贡献金融力量` / `重庆市融资租赁行业协会隆重成立`),
 * unless a dash-led subtitle is there too: then they are kicker + headline.
 */
import type { Block } from '@shared/domain'
import { charLength } from './cjk'
import { hasCaptionCue, markerText, stripDash } from './line-shape'
import { normalizeText } from './normalize'
import type { LineItem } from './paragraphs'

export interface Head {
  kicker: string | null
  title: string | null
  subtitle: string | null
  bylines: string[]
  /** Captions and extra display lines found among the head lines. */
  blocks: Block[]
}

/** Builds a head from its lines; `dropped` receives ornaments and dashes removed. */
export function buildHead(lines: readonly LineItem[], dropped: string[]): Head {
  const head: Head = { kicker: null, title: null, subtitle: null, bylines: [], blocks: [] }
  const markers: string[] = []
  const displays: LineItem[] = []
  for (const line of lines) {
    const raw = line.unit.text
    if (line.type === 'marker') markers.push(keep(raw, markerText(raw), dropped))
    else if (line.type === 'dash') head.subtitle ??= keep(raw, stripDash(raw), dropped)
    else if (line.type === 'credit' || (line.type === 'names' && displays.length > 0)) {
      head.bylines.push(keep(raw, stripDash(raw), dropped))
    } else if (line.type === 'caption' || hasCaptionCue(raw)) {
      head.blocks.push({ kind: 'caption', text: normalizeText(raw) })
    } else displays.push(line)
  }
  const texts = displays.map((d) => d.unit.text)
  let at = titleIndex(displays, head.subtitle !== null)
  if (at > 1) at = 1
  head.title = texts[at] ?? null
  const before = texts.slice(0, at)
  const after = texts.slice(at + 1)
  if (head.subtitle === null && after.length > 0) head.subtitle = after.shift()!
  for (const extra of after)
    head.blocks.push({ kind: 'heading', text: normalizeText(extra, 'heading') })
  const kickers = [...markers, ...before]
  if (head.title === null && kickers.length > 0) head.title = kickers.pop()!
  head.kicker = kickers.length > 0 ? kickers.join(' ') : null
  head.title = head.title === null ? null : normalizeText(head.title, 'heading')
  head.kicker = head.kicker === null ? null : normalizeText(head.kicker, 'heading')
  head.subtitle = head.subtitle === null ? null : normalizeText(head.subtitle, 'heading')
  head.bylines = head.bylines.map((b) => normalizeText(b, 'byline'))
  return head
}

/**
 * Which display line is the headline. A dash-led subtitle (——…) already
 * fills the subtitle's place, so two display lines above it are kicker +
 * headline (`守护一江清水 建设美丽家园` / `河长制，让碧水长流` / `——…纪实`).
 */
function titleIndex(displays: readonly LineItem[], dashSubtitle: boolean): number {
  if (displays.length < 2) return 0
  const sizes = displays.map((d) => d.unit.hint.relativeSize ?? (d.level === 1 ? 2 : 1))
  const biggest = Math.max(...sizes)
  if (sizes.some((s) => s !== biggest)) return sizes.indexOf(biggest)
  if (dashSubtitle) return 1
  const first = displays[0]!.unit.text
  const [a, b] = displays.map((d) => charLength(d.unit.text.replace(/\s+/gu, '')))
  const slogan = /\S\s+\S/u.test(first) || a! <= 10
  return a! < b! && slogan ? 1 : 0
}

/** Returns `kept` and records what `raw` had beyond it as dropped furniture. */
function keep(raw: string, kept: string, dropped: string[]): string {
  const rest = raw.replace(kept, '')
  if (rest.trim() !== '') dropped.push(rest)
  return kept
}
