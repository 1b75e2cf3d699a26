/**
 * Plain-text and Markdown files: decoding and the split into title and
 * blocks. Only UTF-8 (with or without BOM) is read here; anything else is
 * refused with a message naming the file.
 */
import type { Block } from '../../../shared/domain'
import { importError } from './errors'
import { looksBinary, sniffBinary } from './sniff'

export interface ParsedDocument {
  title: string
  subtitle: string | null
  byline: string | null
  blocks: Block[]
}

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'utf-8-bom'
}

/** Decodes UTF-8 strictly; refuses binary, empty and mis-encoded files. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw importError(fileName, 'the file is empty')
  const kind = sniffBinary(bytes)
  if (kind) throw importError(fileName, `this is not a text file (it looks like ${kind})`)
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (!hasBom && looksBinary(bytes)) {
    throw importError(fileName, 'this is not a text file (it contains binary data)')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw importError(
      fileName,
      `not valid UTF-8 text (invalid byte at offset ${at}); save it as UTF-8 and import it again`,
    )
  }
  if (text.trim() === '') throw importError(fileName, 'the file has no text')
  return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' }
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0
    if (len === 0 || i + len > bytes.length) return i
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += len
  }
  return i
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/
const MAX_TITLE = 80
const MAX_BYLINE = 40
/** A reporter's credit line as Chinese papers print it under the title. */
const BYLINE = /^(本报记者|本报通讯员|记者|通讯员|特约记者|文\s*[/／]|作者[:：])/
/** A subtitle printed under the title, introduced by a dash. */
const SUBTITLE = /^(——|--|—)\s*(.+)$/

/**
 * Splits decoded text into a title and blocks: the first non-empty line is
 * the title (a Markdown heading loses its `#`), a dash-led line right under
 * it the subtitle, a reporter's credit line the byline, every other
 * non-empty line a paragraph and Markdown headings below the title
 * sub-headings. Leading full-width indentation is dropped; the reader
 * indents paragraphs itself.
 */
export function parsePlainText(text: string, fallbackTitle: string): ParsedDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l !== '')
  const blocks: Block[] = lines.map((line) => {
    const h = HEADING.exec(line)
    return h ? { kind: 'heading', text: h[2]! } : { kind: 'paragraph', text: line }
  })
  const doc: ParsedDocument = { title: fallbackTitle, subtitle: null, byline: null, blocks }
  const first = blocks[0]
  if (!first || [...first.text].length > MAX_TITLE) return doc
  doc.title = first.text
  blocks.shift()
  const sub = blocks[0] && SUBTITLE.exec(blocks[0].text)
  if (sub && [...sub[2]!].length <= MAX_TITLE) {
    doc.subtitle = sub[2]!
    blocks.shift()
  }
  const by = blocks[0]
  if (
    by &&
    BYLINE.test(by.text) &&
    [...by.text].length <= MAX_BYLINE &&
    !/[。！？]$/.test(by.text)
  ) {
    doc.byline = by.text
    blocks.shift()
  }
  return doc
}
