/**
 * FTS5 MATCH expressions for planned query terms. Runs of two or more
 * characters become phrases of consecutive bigrams in `search_grams`;
 * one-character runs become tokens of `search_chars`. Tokens contain only
 * letters and digits, so quoting them needs no escaping.
 */
import type { Term } from './query'

export interface MatchPlan {
  /** AND of the bigram phrases every document must contain, or null. */
  grams: string | null
  /** AND of the characters every document must contain, or null. */
  chars: string | null
  /**
   * Bigram phrases of exact negative terms, when `grams` is null (otherwise
   * they are folded into `grams` with NOT): documents containing any are excluded.
   */
  notGrams: string | null
  /** Characters of exact negative one-character terms, likewise when `chars` is null. */
  notChars: string | null
  /**
   * AND of the cover bigrams of the positive runs, ranked by BM25 (rank.ts),
   * or null when no positive run has two characters (recency alone orders).
   */
  rank: string | null
}

function phrase(run: readonly string[]): string {
  const grams: string[] = []
  for (let i = 0; i + 1 < run.length; i++) grams.push(run[i]! + run[i + 1]!)
  return `"${grams.join(' ')}"`
}

/**
 * Bigrams that cover a run without overlap — every second one, plus the last
 * when the run's length is odd: `abcde` → ab cd de. They carry the run's
 * relevance at half the cost of all of them.
 */
export function coverOf(run: readonly string[]): string[] {
  const grams: string[] = []
  for (let i = 0; i + 1 < run.length; i += 2) grams.push(run[i]! + run[i + 1]!)
  if (run.length > 2 && run.length % 2 === 1)
    grams.push(run[run.length - 2]! + run[run.length - 1]!)
  return grams
}

function join(parts: string[], op: string): string | null {
  return parts.length ? [...new Set(parts)].join(` ${op} `) : null
}

/** What to ask the two FTS tables for the given terms. */
export function matchPlan(terms: readonly Term[]): MatchPlan {
  const grams: string[] = []
  const chars: string[] = []
  const notGrams: string[] = []
  const notChars: string[] = []
  const cover: string[] = []
  for (const t of terms) {
    if (t.negative) {
      if (!t.exact) continue // checked by substring only
      const run = t.runs[0]!
      if (run.length > 1) notGrams.push(phrase(run))
      else notChars.push(`"${run[0]}"`)
      continue
    }
    for (const run of t.runs) {
      if (run.length > 1) grams.push(phrase(run))
      else chars.push(`"${run[0]}"`)
      for (const g of coverOf(run)) cover.push(`"${g}"`)
    }
  }
  // Exclusions go inside the MATCH of the same table when it has a positive part (FTS5's NOT).
  const g = join(grams, 'AND')
  const c = join(chars, 'AND')
  const ng = join(notGrams, 'OR')
  const nc = join(notChars, 'OR')
  return {
    grams: g !== null && ng !== null ? `(${g}) NOT (${ng})` : g,
    chars: c !== null && nc !== null ? `(${c}) NOT (${nc})` : c,
    notGrams: g !== null ? null : ng,
    notChars: c !== null ? null : nc,
    rank: join(cover, 'AND'),
  }
}
