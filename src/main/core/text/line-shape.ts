/**
 * What one line of a page looks like on its own: body text, a short display
 * line (headline, kicker, sub-heading or caption — context decides which),
 * a section marker (`■看点》》`), a dash-led line (subtitle under a title,
 * credit after the body) or a byline/credit. Text cues only; the layout
 * step adds what the format knows (font size, heading kind).
 */
import { charLength, endsSentence } from './cjk'

export type LineShape = 'body' | 'display' | 'marker' | 'dash' | 'credit' | 'names' | 'furniture'

/** Longest line still read as a headline or caption. */
export const MAX_DISPLAY = 40

const MARKER_START = /^[■□●◆◇▲△★☆▶►◎▌]+\s*/u
const MARKER_END = /\s*(》》|>>|＞＞|》|>)\s*$/u
const DASH = /^(——|—|－－|--|―)\s*/u
/** `一重庆市电力行业协会会长 周雄`: a dash misread as 一 before "title name". */
const ONE_DASH_CREDIT = /^一\s*\S{2,30}\s[\u4e00-\u9fff]{2,3}$/u
const CREDIT =
  /^[（(【[■□●◆]?\s*(本报记者|本报通讯员|本报特约记者|记者|通讯员|特约记者|撰稿|供稿|文\s*[/／|｜]|图\s*[/／|｜]|文图|作者\s*[:：]|来源\s*[:：]|责任编辑|本版编辑|美编|校对|编辑\s*[:：])|图片由.{1,30}提供|(供图|摄影?|图片来源.*)[）)】]?$/u
/**
 * Page furniture: a running date line with the weekday, a page label
 * (`第3版`, `A2`), a bare page number. Dropped, and listed as dropped.
 */
const FURNITURE =
  /^(\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)[一二三四五六日天].{0,20}|第\s*[\d一二三四五六七八九十]{1,3}\s*版.{0,12}|[A-Z]\d{1,2}|[-—－]?\s*\d{1,3}\s*[-—－]?)$/u
const NAMES = /^[\u4e00-\u9fff]{2,3}(\s+[\u4e00-\u9fff]{2,3}){0,5}$/u
const INNER_STOP = /[，,。；;]/u

/** Shape of one trimmed, non-empty line. */
export function lineShape(text: string): LineShape {
  // more UTF-16 units than any display line can have code points, even all astral
  if (text.length > 2 * (MAX_DISPLAY + 10) + 20) return 'body'
  const length = /\s/u.test(text) ? charLength(text.replace(/\s+/gu, '')) : charLength(text)
  if (length <= 30 && FURNITURE.test(text)) return 'furniture'
  if (length <= 30 && (MARKER_START.test(text) || /(》》|>>)\s*$/u.test(text))) {
    return CREDIT.test(text) && !INNER_STOP.test(text) ? 'credit' : 'marker'
  }
  if (length <= MAX_DISPLAY + 10 && DASH.test(text) && !endsSentence(text)) return 'dash'
  if (length > MAX_DISPLAY || INNER_STOP.test(text)) return 'body'
  // A credit never ends a sentence: `记者：……吗？` is an interviewer's question, not a byline.
  if ((CREDIT.test(text) || ONE_DASH_CREDIT.test(text)) && !endsSentence(text)) return 'credit'
  if (NAMES.test(text)) return 'names'
  return endsSentence(text) ? 'body' : 'display'
}

/** Longest headline that may hold a comma (`河长制，让碧水长流`). */
const MAX_COMMA_HEADLINE = 24
const COMMA = /[，,]/gu
const FULL_STOP = /[。；;]/u

/**
 * True when a body-shaped line could be a headline with a comma in it: short,
 * at most two commas, no full stop, not ending a sentence, not opening a
 * paragraph by its words. Only context (a head standing around it) decides.
 */
export function mayBeCommaHeadline(text: string): boolean {
  if (text.length > 2 * MAX_COMMA_HEADLINE) return false
  const commas = text.match(COMMA)?.length ?? 0
  return (
    commas > 0 &&
    commas <= 2 &&
    charLength(text) <= MAX_COMMA_HEADLINE &&
    !FULL_STOP.test(text) &&
    !endsSentence(text) &&
    !opensParagraph(text) &&
    !/[，,]$/u.test(text)
  )
}

/** A section marker's words without its ornaments: `■看点》》` → `看点`. */
export function markerText(text: string): string {
  return text.replace(MARKER_START, '').replace(MARKER_END, '')
}

/** A dash-led or `一`-led credit without its dash: `—— 周雄` → `周雄`. */
export function stripDash(text: string): string {
  if (DASH.test(text)) return text.replace(DASH, '')
  if (ONE_DASH_CREDIT.test(text)) return text.replace(/^一\s*/u, '')
  return text
}

const PHOTO_CREDIT = /(摄影?|供图|图片来源.*|资料图片?)\s*[）)】]?$/u

/** A photographer's credit (`（王晓东 摄）`, `新华社供图`): belongs to the caption above it. */
export function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text)
}

const PAREN_NAMES = /^[（(]\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}\s*[）)]$/u

/**
 * A reporter's name in brackets on its own line, `（陈静）`, as papers sign
 * an article at its end. Only after body text is it a credit: above a body
 * `（试行）` belongs to the title.
 */
export function isBracketedNames(text: string): boolean {
  return PAREN_NAMES.test(text)
}

const CAPTION_CUE =
  /(图为|效果图|示意图|资料图|航拍|摄$|供图|（图[一二三四五六七八九十\d]*）|^图[\d一二三四五六七八九十]+)|(现场|一角|全景|外景|掠影|风采)$/u

/** Words that mark a short line as a photo caption. */
export function hasCaptionCue(text: string): boolean {
  return CAPTION_CUE.test(text)
}

const OPENER_WORDS =
  /^((去年|今年|前年|上半年|下半年|当前|如今|为此|对此|因此|同时|此外|另外|目前|近日|日前)[，,]|首先|其次|再次|最后|另一方面|据悉|据了解|据介绍|据统计|近年来|今年以来|去年以来|截至目前|下一步|与此同时|总之)/u
const NUMBERED =
  /^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[条章节]|附件)/u

/** True when a line starts with a number of a list or an outline (一、 （二） 3. 第五条 附件). */
export function isNumbered(text: string): boolean {
  return NUMBERED.test(text)
}

/**
 * True when a line begins a paragraph by its words (首先，…, 一、…, （二）…,
 * 3. …): such a line is never glued to a line that stops mid-sentence (text
 * lost in extraction).
 */
export function opensParagraph(text: string): boolean {
  return OPENER_WORDS.test(text) || NUMBERED.test(text)
}
