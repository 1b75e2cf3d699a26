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
}

/** One index lookup: a MATCH expression and the FTS table it is for. */
export interface TermMatch {
  table: 'search_grams' | 'search_chars'
  match: string
}

function phrase(run: readonly string[]): string {
  const grams: string[] = []
  for (let i = 0; i + 1 < run.length; i++) grams.push(run[i]! + run[i + 1]!)
  return `"${grams.join(' ')}"`
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
  }
}

/**
 * The lookup finding the documents that contain one term's runs (all of
 * them for an exact term; a superset otherwise), or null for a term with no
 * indexable character. Runs of two or more characters are looked up alone
 * when there are any, since single characters narrow little.
 */
export function termMatch(t: Term): TermMatch | null {
  const long = t.runs.filter((r) => r.length > 1)
  if (long.length) return { table: 'search_grams', match: join(long.map(phrase), 'AND')! }
  return t.runs.length
    ? {
        table: 'search_chars',
        match: join(
          t.runs.map((r) => `"${r[0]}"`),
          'AND',
        )!,
      }
    : null
}
