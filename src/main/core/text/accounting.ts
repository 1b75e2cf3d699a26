/**
 * The "nothing lost" check: every character of the source is in an article
 * (title, kicker, subtitle, byline, blocks) or in the dropped furniture.
 * Characters are compared after folding away what normalisation is allowed
 * to change — whitespace, full-width versus half-width forms, curly versus
 * straight quotes, compatibility ideographs.
 */
import type { ArticleDraft } from '@shared/domain'

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" }

/** The characters of `text` in comparable form, whitespace removed. */
export function foldCharacters(text: string): string[] {
  const out: string[] = []
  for (const ch of text) {
    if (/\s/u.test(ch)) continue
    const q = QUOTES[ch]
    for (const c of q ?? ch.normalize('NFKC')) if (!/\s/u.test(c)) out.push(c)
  }
  return out
}

/** Every text field of a draft, in one string. */
export function draftText(d: ArticleDraft): string {
  return [d.kicker, d.title, d.subtitle, d.byline, ...d.blocks.map((b) => b.text)]
    .filter((s): s is string => s !== null)
    .join('')
}

export interface Accounting {
  /** Source characters found in no article and not dropped. */
  missing: string
  /** Article characters that came from nowhere in the source. */
  extra: string
}

/** Compares the source's characters with the drafts' plus the dropped furniture. */
export function accountCharacters(
  source: string,
  drafts: readonly ArticleDraft[],
  dropped: readonly string[],
): Accounting {
  const counts = new Map<string, number>()
  for (const c of foldCharacters(source)) counts.set(c, (counts.get(c) ?? 0) + 1)
  const extra: string[] = []
  const out = foldCharacters(drafts.map(draftText).join('') + dropped.join(''))
  for (const c of out) {
    const n = counts.get(c) ?? 0
    if (n === 0) extra.push(c)
    else counts.set(c, n - 1)
  }
  const missing = [...counts].flatMap(([c, n]) => Array<string>(n).fill(c))
  return { missing: missing.join(''), extra: extra.join('') }
}
