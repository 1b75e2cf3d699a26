/**
 * Saved web pages (.html/.htm) of government sites and news portals: the
 * charset is taken from the BOM or <meta charset> (GBK pages are common),
 * else detected; @mozilla/readability picks the main content over a
 * linkedom DOM, scripts, styles and navigation are dropped, and the content
 * is walked into structured lines. Title, site name and date come from the
 * page's metadata. Only text leaves this module.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { detectAndDecode, type TextEncodingName } from '../encoding/detect'
import type { ExtractedLine, ExtractedText } from '../extracted'
import { importError } from '../errors'
import { sniffBinary } from '../sniff'
import { readPageMeta } from './html-meta'
import { htmlToLines } from './html-lines'

export function extractHtml(bytes: Uint8Array, label: string): ExtractedText {
  if (bytes.length === 0) throw importError(label, 'the file is empty', 'empty')
  const kind = sniffBinary(bytes)
  if (kind) throw importError(label, `this is not a web page (it looks like ${kind})`, 'notText')
  const { text: html, encoding } = decodeHtml(bytes, label)
  let lines: ExtractedLine[]
  let meta: ReturnType<typeof readPageMeta>
  try {
    const { document } = parseHTML(html)
    const bodyText = (document.body?.textContent ?? '').replace(/\s+/g, ' ')
    meta = readPageMeta(document as never, bodyText)
    // Readability slows down sharply on pathological nesting; such pages are read whole.
    const article =
      nestingDepth(html) <= MAX_READABILITY_DEPTH
        ? new Readability(document as never, { charThreshold: 50 }).parse()
        : null
    lines = htmlToLines(
      article?.content ? `<!doctype html><html><body>${article.content}</body></html>` : html,
    )
    meta.title ??= article?.title?.trim() || undefined
  } catch (err) {
    if (err instanceof RangeError) {
      throw importError(
        label,
        'the page is nested too deeply to read (broken or hostile HTML)',
        'damaged',
      )
    }
    throw err
  }
  if (meta.title && lines[0]?.text !== meta.title) {
    lines = [
      { text: meta.title, kind: 'heading', level: 1 },
      ...lines.filter((l) => l.text !== meta.title),
    ]
  }
  if (lines.length <= (meta.title ? 1 : 0))
    throw importError(label, 'the page has no readable text', 'noText')
  return {
    format: 'html',
    encoding,
    structured: true,
    pages: [{ number: null, lines }],
    meta,
  }
}

/** Deeper element nesting than this skips Readability (no real article page comes close). */
const MAX_READABILITY_DEPTH = 256
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/** The deepest element nesting in `html`, from a scan of its tags (no parsing). */
export function nestingDepth(html: string): number {
  let depth = 0
  let max = 0
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID.has(m[2]!.toLowerCase()) || m[3]) continue
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1
    if (depth > max) max = depth
  }
  return max
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i
const CANONICAL: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
}

/** The page's text: the declared charset when it decodes cleanly, else detection. */
function decodeHtml(
  bytes: Uint8Array,
  label: string,
): { text: string; encoding: TextEncodingName } {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const declared = CANONICAL[(CHARSET.exec(head)?.[1] ?? '').toLowerCase()]
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe
  // Valid UTF-8 with non-ASCII text is UTF-8 whatever the page declares (re-saved pages often keep an old GBK meta).
  if (declared && declared !== 'utf-8' && !hasBom) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      if (/[^\p{ASCII}]/u.test(text)) return { text, encoding: 'utf-8' }
    } catch {
      // Not UTF-8: the declaration stands.
    }
  }
  if (declared && !hasBom) {
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared }
    } catch {
      // Declared wrongly (a common mistake on saved pages): detect instead.
    }
  }
  const detected = detectAndDecode(bytes)
  if (!detected) {
    throw importError(
      label,
      "cannot tell the page's text encoding (not UTF-8, GB18030/GBK or Big5)",
      'encoding',
    )
  }
  return detected
}
