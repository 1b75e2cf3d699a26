/**
 * Encoding detection for text files researchers collect: UTF-8 (with or
 * without BOM), UTF-16 (BOM, or the NUL pattern of unmarked UTF-16), and the
 * legacy Chinese encodings GB18030/GBK and Big5. A candidate must decode
 * strictly; among legacy candidates the one whose text is most plausible
 * Chinese wins, and a text that reads as neither (for example a file that
 * mixes two encodings) is refused rather than imported as mojibake.
 */
import { commonHanzi } from './common-hanzi'

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface Detected {
  text: string
  encoding: TextEncodingName
}

/** Below this share of common characters among the non-ASCII ones a legacy decoding is rejected. */
export const MIN_PLAUSIBILITY = 0.8

/**
 * Decodes `bytes` with the encoding they were most plausibly written in, or
 * returns null when none fits. The BOM, when present, decides.
 */
export function detectAndDecode(bytes: Uint8Array): Detected | null {
  const bom = byBom(bytes)
  if (bom) return strict(bom.encoding, bytes.subarray(bom.skip), bom.name)
  const utf16 = unmarkedUtf16(bytes)
  if (utf16) {
    const d = strict(utf16, bytes, utf16)
    if (d && plausibility(d.text) >= MIN_PLAUSIBILITY) return d
  }
  const utf8 = strict('utf-8', bytes, 'utf-8')
  if (utf8) return utf8
  let best: Detected | null = null
  let bestScore = -1
  for (const name of ['gb18030', 'big5'] as const) {
    const d = strict(name, bytes, name)
    if (!d) continue
    const score = plausibility(d.text)
    if (score > bestScore) [best, bestScore] = [d, score]
  }
  return best && bestScore >= MIN_PLAUSIBILITY ? best : null
}

/**
 * How much `text` looks like real Chinese: among its non-ASCII characters,
 * the share that are common hanzi or CJK/full-width punctuation. Replacement
 * characters, private-use and control characters count against it. Text with
 * no non-ASCII character scores 1.
 */
export function plausibility(text: string): number {
  const common = commonHanzi()
  let good = 0
  let total = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) {
      if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) total++
      continue
    }
    total++
    if (common.has(cp) || isPunctuation(cp)) good++
  }
  return total === 0 ? 1 : good / total
}

function isPunctuation(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0xff01 && cp <= 0xff5e) || // full-width ASCII forms
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
    cp === 0x00b7 ||
    cp === 0x00d7 ||
    cp === 0x2160 // Roman numeral one; others are rare enough to ignore
  )
}

function byBom(b: Uint8Array): { encoding: string; name: TextEncodingName; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { encoding: 'utf-8', name: 'utf-8-bom', skip: 3 }
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', name: 'utf-16le', skip: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', name: 'utf-16be', skip: 2 }
  return null
}

/** UTF-16 without BOM: ASCII characters leave a NUL in every other byte. */
function unmarkedUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++
    if (b[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le'
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be'
  return null
}

function strict(encoding: string, bytes: Uint8Array, name: TextEncodingName): Detected | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
    return { text, encoding: name }
  } catch {
    return null
  }
}
