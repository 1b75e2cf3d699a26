/**
 * Recognises binary files by their first bytes, so a PNG renamed `.txt` is
 * refused with a message that says what it is instead of being imported as
 * mojibake.
 */

const SIGNATURES: readonly { kind: string; bytes: readonly number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a ZIP archive (or a Word/Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'a legacy Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'an SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
  { kind: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'an executable', bytes: [0x4d, 0x5a] },
]

/** A description of the binary format `bytes` start with, or null if none is recognised. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (sig.bytes.length <= bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) {
      return sig.kind
    }
  }
  return null
}

/**
 * True when the bytes hold NUL or many control characters, which no text
 * file a researcher saves does. UTF-16 is recognised by its BOM elsewhere.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return n > 0 && control / n > 0.02
}
