/**
 * Pinyin initials of Chinese text without a dictionary: in the pinyin
 * collation (`Intl.Collator('zh-Hans-CN-u-co-pinyin')`) every Han character
 * sorts between the first character of its initial letter and the first
 * character of the next, so comparing against one boundary character per
 * letter gives the letter. Polyphonic characters get the reading the
 * collation files them under (usually the common one). Where the runtime has
 * no pinyin collation, Han characters get no initial and only literal
 * matching works.
 */

/**
 * The first character of each initial letter in pinyin collation order
 * (no words start with i, u or v). The widely copied table has 痳 for m,
 * but current ICU files 痳 under lín; 呣 (m̄) is the first m.
 */
const BOUNDARIES: readonly (readonly [string, string])[] = [
  ['阿', 'a'],
  ['八', 'b'],
  ['嚓', 'c'],
  ['哒', 'd'],
  ['妸', 'e'],
  ['发', 'f'],
  ['旮', 'g'],
  ['哈', 'h'],
  ['讥', 'j'],
  ['咔', 'k'],
  ['垃', 'l'],
  ['呣', 'm'],
  ['拏', 'n'],
  ['噢', 'o'],
  ['妑', 'p'],
  ['七', 'q'],
  ['呥', 'r'],
  ['扨', 's'],
  ['它', 't'],
  ['穵', 'w'],
  ['夕', 'x'],
  ['丫', 'y'],
  ['帀', 'z'],
]

const HAN = /^\p{Script=Han}$/u
const LATIN_OR_DIGIT = /^[\p{L}\p{N}]$/u

let collator: Intl.Collator | null | undefined

/** The pinyin collator, or null when the runtime sorts Chinese some other way. */
function pinyinCollator(): Intl.Collator | null {
  if (collator === undefined) {
    // resolvedOptions() reports "default" where pinyin is Chinese's default
    // order, so check the order itself: the boundaries ascend only in pinyin.
    const c = new Intl.Collator('zh-Hans-CN-u-co-pinyin')
    const ascending = BOUNDARIES.every(
      ([ch], i) => i === 0 || c.compare(BOUNDARIES[i - 1]![0], ch) < 0,
    )
    collator = ascending ? c : null
  }
  return collator
}

/**
 * The initial letter of one character: a–z for a Han character, the
 * character itself lowercased for a letter or digit, '' for anything else
 * (punctuation, spaces, or Han without a pinyin collation).
 */
export function initialOf(ch: string): string {
  if (HAN.test(ch)) {
    const c = pinyinCollator()
    if (!c) return ''
    let letter = 'a' // Han sorting before 阿 (吖) is still an a
    for (const [first, l] of BOUNDARIES) {
      if (c.compare(ch, first) < 0) break
      letter = l
    }
    return letter
  }
  return LATIN_OR_DIGIT.test(ch) ? ch.toLowerCase() : ''
}

/**
 * The initials of a text, character by character; "/" is kept so a tag
 * path's parts stay apart ("产业政策/制造业" → "cyzc/zzy").
 */
export function pinyinInitials(text: string): string {
  let out = ''
  for (const ch of text) out += ch === '/' ? '/' : initialOf(ch)
  return out
}
