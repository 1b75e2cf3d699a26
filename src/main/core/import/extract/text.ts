/** Plain text and Markdown: decoded, then one extracted line per source line. */
import type { ExtractedText } from '../extracted'
import { decodeText } from '../txt'

export function extractPlainText(
  bytes: Uint8Array,
  fileName: string,
  format: 'txt' | 'md' | 'paste',
): ExtractedText {
  const decoded = decodeText(bytes, fileName)
  const lines = decoded.text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text) => ({ text }))
  return {
    format,
    encoding: decoded.encoding,
    structured: format === 'md',
    pages: [{ number: null, lines }],
    meta: {},
  }
}
