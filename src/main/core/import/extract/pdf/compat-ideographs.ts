/**
 * PDF text layers often carry Kangxi radicals (U+2F00–U+2FDF, e.g. ⼤ for
 * 大), CJK radical supplements (⻅ for 见) and compatibility ideographs where
 * the font's glyph was mapped to the "wrong" code point. They look right but
 * break search and copying, so they are folded to the unified ideographs:
 * NFKC on those ranges only, plus a table for the radical supplements that
 * stand for a whole character but have no NFKC mapping. Full-width
 * punctuation and everything else stay as the document printed them.
 */

const COMPAT = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu

/** CJK Radicals Supplement forms that are whole characters (NFKC leaves them alone). */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
}

/** `text` with radicals and compatibility ideographs replaced by the unified ideographs. */
export function unifyIdeographs(text: string): string {
  return text.replace(COMPAT, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
}
