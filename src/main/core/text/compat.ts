/**
 * Kangxi radicals (U+2F00–U+2FD5), CJK radicals supplement and CJK
 * compatibility ideographs look like ordinary characters but are different
 * code points; PDF text layers are full of them and they break search. Each
 * is mapped to its unified ideograph by NFKC, applied to these characters
 * only (NFKC over the whole text would also turn full-width punctuation
 * half-width).
 */
const COMPAT = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu

/** Replaces radical and compatibility code points with unified ideographs. */
export function mapCompatIdeographs(text: string): string {
  COMPAT.lastIndex = 0
  if (!COMPAT.test(text)) return text
  COMPAT.lastIndex = 0
  return text.replace(COMPAT, (ch) => ch.normalize('NFKC'))
}
