/**
 * The search query language: terms separated by spaces are ANDed, `"…"`
 * keeps a phrase (spaces included) together, a leading `-` excludes a term
 * or phrase. Every term is folded (see fold.ts) and planned against the index:
 * its runs of indexable characters say what the index can look up; a term
 * that is a single run is answered exactly by the index, any other term is
 * also checked as a substring of the folded document.
 */
import { fold } from './fold'
import { runsOf } from './tokens'

export interface Term {
  /** The folded text that must (or, if negative, must not) occur in the document. */
  text: string
  negative: boolean
  /** Runs of indexable characters in `text`, as code-point arrays. */
  runs: string[][]
  /** True when the index alone decides this term (one run, nothing else). */
  exact: boolean
}

/** Splits a raw query into terms; empty and whitespace-only queries give none. */
export function parseQuery(raw: string): Term[] {
  const terms: Term[] = []
  const folded = fold(raw)
  let i = 0
  while (i < folded.length) {
    while (i < folded.length && /\s/.test(folded[i]!)) i++
    if (i >= folded.length) break
    let negative = false
    if (folded[i] === '-' && i + 1 < folded.length && !/\s/.test(folded[i + 1]!)) {
      negative = true
      i++
    }
    let text: string
    if (folded[i] === '"') {
      const close = folded.indexOf('"', i + 1)
      const end = close < 0 ? folded.length : close
      text = folded
        .slice(i + 1, end)
        .replace(/\s+/g, ' ')
        .trim()
      i = end + 1
    } else {
      const start = i
      while (i < folded.length && !/\s/.test(folded[i]!)) i++
      text = folded.slice(start, i)
    }
    if (text) terms.push(planTerm(text, negative))
  }
  return terms
}

function planTerm(text: string, negative: boolean): Term {
  const runs = runsOf(text)
  const exact = runs.length === 1 && runs[0]!.join('') === text
  return { text, negative, runs, exact }
}
