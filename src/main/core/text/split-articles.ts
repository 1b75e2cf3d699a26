/**
 * Splits a page's items into articles. An article starts at a headline: the
 * display lines that stand before body text once the previous article has
 * ended — at a byline or credit after its body (`刘尧`, `—— 周雄`,
 * `王灿然 图片由…提供`), at a section marker (`■看点》》`), at a line the
 * format marks as a headline, or at the top of the page. Inside an article a
 * short line is a photo caption when it says so or stands apart (two blank
 * lines, like an image's gap), a sub-heading when it sits between
 * paragraphs, and a plain paragraph when only short lines follow it
 * (signature and date under a notice). With `split: 'none'` everything stays
 * one article and later headlines become sub-headings.
 */
import type { ArticleDraft, Block } from '@shared/domain'
import { buildHead } from './article-head'
import { hasCaptionCue, isBracketedNames, isPhotoCredit, stripDash } from './line-shape'
import { normalizeText } from './normalize'
import type { Item, LineItem } from './paragraphs'

export interface SplitOptions {
  split: 'auto' | 'none'
  /** The title of an article whose text does not start with one (the file name). */
  fallbackTitle: string
}

interface Building {
  kicker: string | null
  title: string
  subtitle: string | null
  bylines: string[]
  blocks: Block[]
  page: number | null
  hasBody: boolean
  closed: boolean
}

/** Articles of the page, in reading order; `dropped` receives removed furniture. */
export function splitArticles(
  items: readonly Item[],
  options: SplitOptions,
  dropped: string[],
): Omit<ArticleDraft, 'publication' | 'publishedOn'>[] {
  const auto = options.split === 'auto'
  const done: Building[] = []
  let cur: Building | null = null
  let head: LineItem[] = []

  const open = (page: number | null): Building => {
    const h = buildHead(head, dropped)
    head = []
    const next: Building = {
      kicker: h.kicker,
      title: h.title ?? options.fallbackTitle,
      subtitle: h.subtitle,
      bylines: h.bylines,
      blocks: h.blocks,
      page,
      hasBody: false,
      closed: false,
    }
    done.push(next)
    return next
  }
  const ended = (): boolean => cur === null || (auto && cur.closed)
  let lastBody = -1
  items.forEach((item, i) => {
    if (item.type === 'body') lastBody = i
  })

  items.forEach((item, i) => {
    if (item.type === 'body') {
      if (head.length > 0 && (ended() || auto)) cur = open(item.page)
      cur ??= open(item.page)
      cur.blocks.push({ kind: 'paragraph', text: normalizeText(item.text) })
      cur.hasBody = true
      return
    }
    const raw = item.unit.text
    const next = items[i + 1]
    if (item.type === 'furniture') {
      dropped.push(raw)
      return
    }
    const startsArticle =
      auto &&
      cur !== null &&
      cur.hasBody &&
      (item.type === 'marker' || item.level === 1 || headlineAt(items, i))
    if (startsArticle) cur!.closed = true
    if (head.length > 0 || ended()) {
      head.push(item)
      return
    }
    const c = cur!
    const last = c.blocks[c.blocks.length - 1]
    if (item.type === 'credit' && last?.kind === 'caption' && isPhotoCredit(raw)) {
      // `（王晓东 摄）` under a photo caption signs the photo, not the article
      const credit = normalizeText(raw, 'byline')
      last.text += (/^[（(【]/u.test(credit) ? '' : ' ') + credit
      return
    }
    if (c.hasBody && item.type === 'display' && isBracketedNames(raw) && next?.type !== 'body') {
      addByline(c, normalizeText(keepDash(raw, dropped), 'byline'), dropped)
      c.closed = true
      return
    }
    switch (item.type) {
      case 'dash':
      case 'credit':
        addByline(c, normalizeText(keepDash(raw, dropped), 'byline'), dropped)
        c.closed = c.hasBody
        return
      case 'names':
        if (c.hasBody && next?.type !== 'body') {
          c.bylines.push(normalizeText(raw, 'byline'))
          c.closed = true
          return
        }
        break
      case 'marker':
        c.blocks.push({ kind: 'heading', text: normalizeText(keepMarker(raw, dropped), 'heading') })
        return
      default:
        break
    }
    c.blocks.push(placeShortLine(item, lastBody > i))
  })
  if (head.length > 0) {
    if (cur !== null && !(auto && (cur as Building).closed)) {
      const c = cur as Building
      for (const line of head) c.blocks.push(placeShortLine(line, false))
    } else open(head[0]!.unit.page)
  }
  return done
    .map(withBody)
    .map((b) => signedInLastParagraph(b, dropped))
    .map((b) => ({
      title: b.title,
      kicker: b.kicker,
      subtitle: b.subtitle,
      byline: b.bylines.length > 0 ? b.bylines.join(' ') : null,
      page: b.page === null ? null : String(b.page),
      blocks: b.blocks,
    }))
}

/**
 * An article needs a body. A head with nothing under it (a two-line note
 * read as kicker + headline) keeps its first line as the title and the rest
 * as text, so no line of the file becomes an empty article's decoration.
 */
function withBody(b: Building): Building {
  if (b.blocks.length > 0 || (b.kicker === null && b.subtitle === null)) return b
  const lines = [b.kicker, b.title, b.subtitle].filter((l): l is string => l !== null)
  return {
    ...b,
    kicker: null,
    subtitle: null,
    title: lines[0]!,
    blocks: lines.slice(1).map((text) => ({ kind: 'paragraph', text })),
  }
}

const SIGNED_END =
  /^(.*[。！？!?”])\s*([（(])\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*([）)])$/u

/**
 * `…占比超过七成。（杨帆）`: a reporter's name in brackets after the last
 * sentence is the article's byline, when it has none yet.
 */
function signedInLastParagraph(b: Building, dropped: string[]): Building {
  const last = b.blocks[b.blocks.length - 1]
  if (b.bylines.length > 0 || last?.kind !== 'paragraph') return b
  const m = SIGNED_END.exec(last.text)
  if (!m) return b
  dropped.push(`${m[2]!}${m[4]!}`)
  return {
    ...b,
    bylines: [m[3]!],
    blocks: [...b.blocks.slice(0, -1), { kind: 'paragraph', text: m[1]! }],
  }
}

const NEWS_LEAD = /^(本报讯|本报[^，,。]{1,12}电|新华社|中新社|人民网|央视网|[^，,。]{2,8}日电)/u

/**
 * A display line inside a body that heads a new article although no byline
 * ended the previous one: a byline, credit or dash subtitle stands right
 * under it, a news lead (本报讯, 新华社…电) follows it, or a second display
 * line follows it and then body text (kicker + headline, headline + subtitle).
 */
function headlineAt(items: readonly Item[], i: number): boolean {
  const item = items[i]!
  if (item.type !== 'display' || hasCaptionCue(item.unit.text)) return false
  if (isBracketedNames(item.unit.text)) return false
  const next = items[i + 1]
  if (next === undefined) return false
  // a photo caption signed by its photographer is not a headline signed by its reporter
  if (next.type === 'credit' && isPhotoCredit(next.unit.text)) return false
  if (next.type === 'credit' || next.type === 'dash' || next.type === 'names') return true
  if (next.type === 'body') return NEWS_LEAD.test(next.text)
  const after = items[i + 2]
  return (
    next.type === 'display' &&
    next.unit.blanksBefore <= 1 &&
    item.unit.blanksAfter <= 1 &&
    item.unit.blanksBefore <= 1 &&
    !hasCaptionCue(next.unit.text) &&
    after?.type === 'body'
  )
}

/** A short line inside an article's body: caption, sub-heading or paragraph. */
function placeShortLine(item: LineItem, bodyFollows: boolean): Block {
  const raw = item.unit.text
  const apart = item.unit.blanksBefore >= 2 || item.unit.blanksAfter >= 2
  if (item.type === 'caption' || hasCaptionCue(raw) || (apart && item.level === null)) {
    return { kind: 'caption', text: normalizeText(raw) }
  }
  if (!bodyFollows) return { kind: 'paragraph', text: normalizeText(raw) }
  return { kind: 'heading', text: normalizeText(raw, 'heading') }
}

/**
 * Adds a credit to the article's byline; a sign-off naming only reporters
 * the byline already names (`本报记者 陈静` … `（陈静）`) is dropped instead.
 */
function addByline(c: Building, byline: string, dropped: string[]): void {
  const names = byline.split(/\s+/u)
  const known = c.bylines.join(' ')
  if (c.bylines.length > 0 && names.every((n) => known.includes(n))) dropped.push(byline)
  else c.bylines.push(byline)
}

/** A credit without its ornament, dash or enclosing brackets (`（记者 王晓东）` → `记者 王晓东`). */
function keepDash(raw: string, dropped: string[]): string {
  const bare = raw.replace(/^[■□●◆]\s*/u, '')
  const kept = stripDash(/^[（(][^（()）]+[）)]$/u.test(bare) ? bare.slice(1, -1) : bare)
  const at = raw.lastIndexOf(kept)
  const rest = raw.slice(0, at) + raw.slice(at + kept.length)
  if (rest !== '') dropped.push(rest)
  return kept
}

function keepMarker(raw: string, dropped: string[]): string {
  const kept = raw.replace(/^[■□●◆◇▲△★☆▶►◎▌]+\s*/u, '').replace(/\s*(》》|>>|＞＞|》|>)\s*$/u, '')
  const rest = raw.replace(kept, '')
  if (rest.trim() !== '') dropped.push(rest)
  return kept
}
