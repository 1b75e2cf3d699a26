/**
 * Walks an HTML body into extracted lines: h1–h6 become headings with their
 * level, p/li/blockquote/table rows become paragraphs, text directly inside
 * containers becomes a paragraph too. Shared by the DOCX and HTML modules;
 * only text leaves this function, never markup.
 */
import { parseHTML } from 'linkedom'
import type { ExtractedLine } from '../extracted'

const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'FIGCAPTION', 'CAPTION'])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'IFRAME', 'SVG', 'HEAD'])
/** Deeper nesting than this is flattened to its text (hostile or broken pages). */
const MAX_DEPTH = 200

interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

/** Structured lines from an HTML document's body. */
export function htmlToLines(html: string): ExtractedLine[] {
  const { document } = parseHTML(html)
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null
  const lines: ExtractedLine[] = []
  if (body) walk(body, lines, 0)
  return lines
}

function walk(node: DomNode, lines: ExtractedLine[], depth: number): void {
  let inline = ''
  const flushInline = (): void => {
    push(lines, { text: inline, kind: 'paragraph' })
    inline = ''
  }
  for (const child of Array.from(node.childNodes)) {
    const name = child.nodeName.toUpperCase()
    if (child.nodeType === 3) inline += child.textContent ?? ''
    else if (child.nodeType !== 1 || SKIP.has(name)) continue
    else if (name === 'BR') inline += '\n'
    else if (/^H[1-6]$/.test(name)) {
      flushInline()
      push(lines, { text: child.textContent ?? '', kind: 'heading', level: Number(name[1]) })
    } else if (BLOCKS.has(name)) {
      flushInline()
      for (const part of (textOf(child) ?? '').split('\n'))
        push(lines, { text: part, kind: 'paragraph' })
    } else if (name === 'TR') {
      flushInline()
      const cells = Array.from(child.childNodes).map((c) => clean(c.textContent ?? ''))
      push(lines, { text: cells.filter((c) => c !== '').join('　'), kind: 'paragraph' })
    } else if (isInline(name) || depth >= MAX_DEPTH) inline += child.textContent ?? ''
    else {
      flushInline()
      walk(child, lines, depth + 1)
    }
  }
  flushInline()
}

/** Text of a block, with <br> as line breaks. */
function textOf(node: DomNode): string {
  let out = ''
  for (const c of Array.from(node.childNodes)) {
    const name = c.nodeName.toUpperCase()
    if (c.nodeType === 3) out += c.textContent ?? ''
    else if (c.nodeType === 1 && name === 'BR') out += '\n'
    else if (c.nodeType === 1 && !SKIP.has(name)) out += textOf(c)
  }
  return out
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'INS',
  'DEL',
  'LABEL',
  'IMG',
])

function isInline(name: string): boolean {
  return INLINE.has(name)
}

function clean(text: string): string {
  return text.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()
}

function push(lines: ExtractedLine[], line: ExtractedLine): void {
  const text = clean(line.text)
  if (text !== '') lines.push({ ...line, text })
}
