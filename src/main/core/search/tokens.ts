/**
 * Tokenising folded text for the FTS5 index. Every character except
 * whitespace, control characters, lone surrogates and the two quote marks
 * (`"` and `'`, which FTS5's tokenizer options cannot easily name) is
 * "indexable"; anything else ends a run. Punctuation and symbols being
 * indexable makes `3+3+n`, `5.2%` or `，招商` single runs the index answers
 * exactly. The index holds, per document:
 *  - `grams`: every pair of adjacent indexable characters inside a run
 *    (Lucene CJK-analyzer bigrams, applied to Latin and digits too, so
 *    `dp` is found inside `gdp` like `质量` inside `高质量`), with a
 *    three-character separator token between runs and fields so that a
 *    phrase of consecutive bigrams can only match inside one run;
 *  - `chars`: each distinct indexable character, for one-character queries.
 * The FTS tables use the `ascii` tokenizer with every ASCII punctuation mark
 * but the quotes as a token character (see 0002_search.sql); it keeps every
 * non-ASCII character, so these space-separated tokens reach the index unchanged.
 */

/** Separator between runs in the `grams` column; never a bigram (3 characters). */
export const RUN_BREAK = 'zzz'

const SPACE = /\s/

/** True for a code point that belongs to an indexed run. */
export function isIndexable(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c > 0x20 && c !== 0x7f && c !== 0x22 && c !== 0x27
  if (c >= 0xd800 && c <= 0xdfff) return ch.length === 2
  return !SPACE.test(ch)
}

/** The runs of indexable characters in folded text, each as an array of code points. */
export function runsOf(folded: string): string[][] {
  const runs: string[][] = []
  let run: string[] = []
  for (const ch of folded) {
    if (isIndexable(ch)) run.push(ch)
    else if (run.length) {
      runs.push(run)
      run = []
    }
  }
  if (run.length) runs.push(run)
  return runs
}

/** The `grams` column text for folded fields. */
export function gramsOf(foldedFields: readonly string[]): string {
  const out: string[] = []
  for (const field of foldedFields) {
    for (const run of runsOf(field)) {
      if (run.length < 2) continue
      if (out.length) out.push(RUN_BREAK)
      for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!)
    }
  }
  return out.join(' ')
}

/** The `chars` column text for folded fields: each indexable character once. */
export function charsOf(foldedFields: readonly string[]): string {
  const seen = new Set<string>()
  for (const field of foldedFields) for (const ch of field) if (isIndexable(ch)) seen.add(ch)
  return [...seen].join(' ')
}
