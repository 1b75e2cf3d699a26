/**
 * Plain-text and Markdown files: decoding and the split into title and
 * blocks.
 */
import type { Block } from '@shared/domain'
import { detectAndDecode, type TextEncodingName } from './encoding/detect'
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
  /** The encoding the bytes were read as; recorded in `sources.encoding`. */
  encoding: TextEncodingName
}

/**
 * Decodes a text file in whichever of UTF-8, UTF-16, GB18030/GBK or Big5 it
 * was written (see encoding/detect.ts); refuses binary, empty and
 * undecodable files with a one-line message naming the file.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw importError(fileName, 'the file is empty', 'empty')
  const kind = sniffBinary(bytes)
  if (kind)
    throw importError(fileName, `this is not a text file (it looks like ${kind})`, 'notText')
  const detected = detectAndDecode(bytes)
  const utf16 = detected?.encoding === 'utf-16le' || detected?.encoding === 'utf-16be'
  if ((!utf16 && looksBinary(bytes)) || detected?.text.includes('\u0000')) {
    throw importError(fileName, 'this is not a text file (it contains binary data)', 'notText')
  }
  if (!detected) {
    const at = firstInvalidUtf8(bytes)
    throw importError(
      fileName,
      `cannot tell the text encoding: not valid UTF-8 (invalid byte at offset ${at}) and it does not read as GB18030/GBK or Big5 either (mixed encodings?); save it as UTF-8 and import it again`,
      'encoding',
    )
  }
  if (detected.text.trim() === '') throw importError(fileName, 'the file has no text', 'noText')
  return detected
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
