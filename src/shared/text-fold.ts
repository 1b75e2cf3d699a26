/**
 * Search folding: the one normalisation both the index and every query go
 * through, so "what matches" is simply "folded query is a substring of the
 * folded field". Folding maps each UTF-16 unit to exactly one unit, so an
 * offset in the folded text is the same offset in the original — snippets
 * and reader positions need no translation table.
 *
 * Folded: full-width ASCII forms to half-width, the ideographic space to a
 * space, quotation-mark variants (“” „ 「」『』 ＂) to `"` and (‘’ ‚) to `'`,
 * dash variants to `-`, letters to lower case (where the lower case is one
 * unit), common traditional characters to simplified ones (traditional.ts).
 */
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional'

const QUOTE = new Set([
  0x201c, 0x201d, 0x201e, 0x201f, 0x300c, 0x300d, 0x300e, 0x300f, 0x301d, 0x301e, 0x301f, 0xfe41,
  0xfe42, 0xfe43, 0xfe44,
])
const APOSTROPHE = new Set([0x2018, 0x2019, 0x201a, 0x201b])
const DASH = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63])

/** The folded form of one UTF-16 unit, as a unit. */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(code - 0xfee0)
  if (code === 0x3000) return 0x20
  if (QUOTE.has(code)) return 0x22
  if (APOSTROPHE.has(code)) return 0x27
  if (DASH.has(code)) return 0x2d
  if (code >= 0xd800 && code <= 0xdfff) return code
  const simplified = TRADITIONAL_TO_SIMPLIFIED.get(code)
  if (simplified !== undefined) return simplified
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

const table = new Uint16Array(0x10000)
for (let c = 0; c < 0x10000; c++) table[c] = foldUnit(c)

const utf16 = new TextDecoder('utf-16le')

/** Folds a string; the result has the same length, unit for unit. */
export function fold(text: string): string {
  let changed = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (table[c] !== c) {
      changed = i
      break
    }
  }
  if (changed < 0) return text
  const units = new Uint16Array(text.length - changed)
  for (let i = changed; i < text.length; i++) units[i - changed] = table[text.charCodeAt(i)]!
  return text.slice(0, changed) + decodeUnits(units)
}

/**
 * UTF-16 units to a string, natively; the decoder turns lone surrogates into
 * U+FFFD, so when one may be present the string is built unit by unit instead.
 */
function decodeUnits(units: Uint16Array): string {
  const s = utf16.decode(units)
  if (s.length === units.length && !s.includes('\ufffd')) return s
  let out = ''
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + 4096)))
  }
  return out
}
