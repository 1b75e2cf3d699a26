/**
 * Character classes for Chinese text repair. "CJK" here means a Han
 * ideograph (unified, extensions, compatibility) or a kana/hangul letter —
 * characters between which a space is never meaningful in Chinese body text.
 */

/** One Han (or kana/hangul) character. */
export const CJK =
  /[\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/u

/** Full-width punctuation and brackets used in Chinese text. */
export const CJK_PUNCT =
  /[\u3000-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2026\u2018\u2019\u201C\u201D\u00B7]/u

/**
 * Punctuation that ends a sentence (or a lead-in such as `各位代表：`),
 * possibly followed by closing quotes or brackets.
 */
export const SENTENCE_END = /[。！？!?…；;：:][”’」』）)】》"']*$/u

/** True when `ch` is a Han/kana/hangul character. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch)
}

/** True when `ch` is full-width punctuation. */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.test(ch)
}

/** True when `ch` is CJK or full-width punctuation: a "Chinese context" character. */
export function isChineseContext(ch: string | undefined): boolean {
  return isCjk(ch) || isCjkPunct(ch)
}

/** Counts code points, not UTF-16 units. */
export function charLength(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xdc00 && c <= 0xdfff) n--
  }
  return n
}

/** True when a line ends a sentence (。！？…；： optionally closed by quotes). */
export function endsSentence(text: string): boolean {
  // walk back over trailing space and closing marks instead of an end-anchored
  // regex, which V8 would try at every position of a long line
  let i = text.length - 1
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--
  return i >= 0 && ENDERS.has(text.charCodeAt(i))
}

const isSpaceCode = (c: number): boolean =>
  c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0
const codes = (s: string): Set<number> => new Set([...s].map((c) => c.charCodeAt(0)))
const ENDERS = codes('。！？!?…；;：:')
const CLOSERS = codes('”’」』）)】》"\'')
