/**
 * Rebuilds paragraphs from layout units. In hard-wrapped text (PDF text
 * layers and plain-text copies of them) a line that stops mid-sentence is
 * continued by the next body line, even across blank lines
 * (`形成"一把` / blank / `手抓、抓一把手"招商格局`); a line that ends a
 * sentence ends the paragraph unless it filled the whole column. A line that
 * opens a paragraph by its words (首先，…, 一、…) or its indent always starts
 * one. Non-body lines (display lines, markers, credits) pass through as
 * items for the article splitter to place.
 */
import { charLength, endsSentence, isChineseContext } from './cjk'
import {
  isNumbered,
  lineShape,
  mayBeCommaHeadline,
  opensParagraph,
  type LineShape,
} from './line-shape'
import type { Unit } from './units'

export interface BodyItem {
  type: 'body'
  text: string
  /** The last source line, for the "did it end the sentence" test. */
  lastLine: string
  page: number | null
}

export interface LineItem {
  type: Exclude<LineShape, 'body'> | 'caption'
  unit: Unit
  /** 1 = a headline (starts an article), 2 = a sub-heading, null = decide by context. */
  level: 1 | 2 | null
}

export type Item = BodyItem | LineItem

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/u

/** The shape of a unit, with what the format said about it taking precedence. */
function shapeOf(
  unit: Unit,
  format: string,
): { shape: LineShape | 'caption'; level: 1 | 2 | null } {
  const md = format === 'md' ? MD_HEADING.exec(unit.text) : null
  if (md) {
    unit.text = md[2]!
    return { shape: 'display', level: md[1]!.length === 1 ? 1 : 2 }
  }
  const { kind, level, relativeSize } = unit.hint
  if (kind === 'heading') return { shape: 'display', level: (level ?? 1) <= 1 ? 1 : 2 }
  if (kind === 'caption') return { shape: 'caption', level: null }
  const shape = lineShape(unit.text)
  if (relativeSize !== undefined && relativeSize >= 1.6 && shape !== 'body') {
    return { shape: 'display', level: 1 }
  }
  return { shape, level: null }
}

/** Body line lengths: is the text hard-wrapped, and how wide is a full line? */
function measure(units: readonly Unit[]): { wrapped: boolean; width: number } {
  const lengths: number[] = []
  let open = 0
  for (const u of units) {
    const n = charLength(u.text)
    if (n <= 12) continue
    lengths.push(n)
    if (!endsSentence(u.text)) open++
  }
  if (lengths.length === 0) return { wrapped: false, width: Infinity }
  const sorted = [...lengths].sort((a, b) => a - b)
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? Infinity
  return { wrapped: open / lengths.length > 0.5, width }
}

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1)
  return low >= 0xdc00 && low <= 0xdfff ? text.slice(-2) : text.slice(-1)
}

/** Lines join directly, except two Latin words, which a line break separated by a space. */
function joiner(before: string, after: string): string {
  const a = before.codePointAt(before.length - 1) === undefined ? undefined : lastChar(before)
  const b =
    after.codePointAt(0) === undefined ? undefined : String.fromCodePoint(after.codePointAt(0)!)
  if (isChineseContext(a) || isChineseContext(b)) return ''
  return /[A-Za-z]/.test(a ?? '') && /[A-Za-z0-9]/.test(b ?? '') ? ' ' : ''
}

/** Turns units into body paragraphs and pass-through line items. */
export function toItems(units: readonly Unit[], format: string, structured: boolean): Item[] {
  const { wrapped, width } = measure(units)
  const shapes = units.map((u) => shapeOf(u, format))
  const bodyAt = (k: number): boolean => shapes[k]?.shape === 'body'
  const runHasBody = bodyInRun(units, bodyAt)
  const items: Item[] = []
  let lastLength = 0
  units.forEach((unit, i) => {
    const prev = items[items.length - 1]
    const shaped = shapes[i]!
    const level = shaped.level
    let shape = shaped.shape
    const mergeable = shape === 'display' || shape === 'names' || shape === 'credit'
    if (mergeable && prev !== undefined && prev.type !== 'body' && unit.blanksBefore === 0) {
      // a headline or subtitle wrapped onto a second line: a bracket left open, or a full column
      const fullColumn = wrapped && lastLength === width && !runHasBody[i]
      const joins = prev.type === 'display' || prev.type === 'dash'
      if (
        joins &&
        (unclosed(prev.unit.text) ||
          (fullColumn && shape === 'display') ||
          (fullColumn && !endsSentence(unit.text) && charLength(unit.text) <= 4))
      ) {
        prev.unit.text += unit.text
        lastLength = charLength(unit.text)
        return
      }
    }
    lastLength = charLength(unit.text)
    if (!structured && wrapped && shape === 'display' && level === null) {
      if (fullLine(unit, units[i + 1], runHasBody[i + 1] === true, width)) shape = 'body'
    }
    const prevOpen = prev?.type === 'body' && !endsSentence(prev.lastLine)
    // a short fragment right under an unfinished line is its continuation
    if (
      !structured &&
      prevOpen &&
      unit.blanksBefore === 0 &&
      shape !== 'caption' &&
      level === null
    ) {
      shape = 'body'
    }
    if (!structured && shape === 'body' && level === null) {
      if (commaHeadline(unit, prev, shapes[i + 1]?.shape, units[i + 1], wrapped ? width : Infinity))
        shape = 'display'
    }
    if (!structured && shape === 'display' && level === null && prev?.type === 'body') {
      if (cutSentence(unit, units[i + 1], bodyAt(i + 1))) shape = 'body'
    }
    if (shape !== 'body') {
      items.push({ type: shape, unit, level })
      return
    }
    if (prev?.type === 'body' && !structured && continues(prev, unit, wrapped, width)) {
      prev.text += joiner(prev.lastLine, unit.text) + unit.text
      prev.lastLine = unit.text
      return
    }
    items.push({ type: 'body', text: unit.text, lastLine: unit.text, page: unit.page })
  })
  return items
}

/**
 * A short line with a comma (shorter than a wrapped column, so not the first
 * line of a hard-wrapped paragraph) that stands alone inside an article's head is a
 * headline, not body text (`守护一江清水 建设美丽家园` / `河长制，让碧水长流` /
 * `——…纪实`): a blank line before it, and either a kicker or marker right
 * above it or a dash subtitle or credit line right under it.
 */
function commaHeadline(
  unit: Unit,
  prev: Item | undefined,
  nextShape: LineShape | 'caption' | undefined,
  next: Unit | undefined,
  width: number,
): boolean {
  if (!mayBeCommaHeadline(unit.text) || charLength(unit.text) >= width * 0.8) return false
  if (prev !== undefined && unit.blanksBefore === 0) return false
  if (next !== undefined && next.blanksBefore === 0 && nextShape === 'body') return false
  const headAbove = prev !== undefined && (prev.type === 'display' || prev.type === 'marker')
  const headBelow = nextShape === 'dash' || nextShape === 'credit'
  return headAbove || headBelow
}

/** A headline wrapped onto two lines leaves a bracket or quote open on the first. */
function unclosed(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length
  return (
    count(/《/gu) > count(/》/gu) ||
    count(/“/gu) > count(/”/gu) ||
    count(/[（(]/gu) > count(/[）)]/gu)
  )
}

/**
 * In hard-wrapped text a line as wide as the column that runs on into body
 * text (before the next blank line) is part of that paragraph, even when it
 * happens to look like a headline (no punctuation in it).
 */
function fullLine(
  unit: Unit,
  next: Unit | undefined,
  bodyFollows: boolean,
  width: number,
): boolean {
  return (
    unit.blanksAfter === 0 &&
    charLength(unit.text) >= width * 0.8 &&
    next !== undefined &&
    bodyFollows &&
    !next.indented &&
    !opensParagraph(next.text)
  )
}

/**
 * For each unit: does the run of lines it starts (up to the next blank line)
 * hold a body line? A headline wrapped over full columns holds none.
 */
function bodyInRun(units: readonly Unit[], bodyAt: (k: number) => boolean): boolean[] {
  const has = new Array<boolean>(units.length).fill(false)
  for (let k = units.length - 1; k >= 0; k--) {
    const next = units[k + 1]
    has[k] = bodyAt(k) || (next !== undefined && next.blanksBefore === 0 && has[k + 1] === true)
  }
  return has
}

/**
 * A short line between paragraphs that lists with 、 and runs straight on
 * into a body line (`这是一家肩负众望、备受关注的行` / `业自治组织。…`) is the
 * start of a sentence, not a sub-heading.
 */
function cutSentence(unit: Unit, next: Unit | undefined, nextIsBody: boolean): boolean {
  return (
    /、/u.test(unit.text) &&
    !opensParagraph(unit.text) &&
    next !== undefined &&
    !next.indented &&
    next.blanksBefore <= 1 &&
    nextIsBody &&
    !opensParagraph(next.text)
  )
}

/**
 * Whether a body line continues the paragraph before it. An opening word
 * (首先，…) only separates it from a line cut mid-sentence; after a full
 * column that ends a sentence, words are no evidence, but an indent or a
 * list number is.
 */
function continues(prev: BodyItem, unit: Unit, wrapped: boolean, width: number): boolean {
  if (unit.indented || isNumbered(unit.text)) return false
  if (!endsSentence(prev.lastLine)) return !opensParagraph(unit.text)
  if (unit.blanksBefore > 0) return false
  return wrapped && charLength(prev.lastLine) >= width * 0.9
}
