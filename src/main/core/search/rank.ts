/**
 * Ranking a window of matches by BM25, computed here rather than by FTS5's
 * bm25(). FTS5's function starts every query by counting, for each phrase,
 * every document in the library that contains it (a walk over the phrase's
 * whole doclist), so its cost grew with the library, not with the window.
 * Here every input is bounded by the window: term frequencies are counted in
 * the window's folded documents (bm25-docs.ts; for articles, the rows read
 * for the hits anyway), lengths are in characters, the average length is the
 * window's, and each term's document frequency is an estimate read from at
 * most a fixed number of index rows (doc-frequency.ts). Terms are counted
 * whole (`高质量发展`, not its bigrams), which is what a reader means by them.
 */

/** One document of the window: its group id, length, and count of each positive term. */
export interface RankDoc {
  id: number
  length: number
  /** Occurrences of each positive term, in query order. */
  tf: readonly number[]
}

const K1 = 1.2
const B = 0.75

/** BM25's inverse document frequency of a term found in `df` of `n` documents. */
export function idf(df: number, n: number): number {
  const total = Math.max(n, df)
  return Math.log(1 + (total - df + 0.5) / (df + 0.5))
}

/**
 * The best `limit` ids of `docs` (newest first): highest BM25 score first,
 * ties newest first. `weights` holds each term's idf. Every document in the
 * window contains every positive term, so a frequency below one (an article
 * matching only by a tag name, which article ranking does not read)
 * counts as one.
 */
export function rankByBm25(
  docs: readonly RankDoc[],
  weights: readonly number[],
  limit: number,
): number[] {
  if (docs.length <= 1 || weights.length === 0) return docs.slice(0, limit).map((d) => d.id)
  const avg = docs.reduce((sum, d) => sum + d.length, 0) / docs.length || 1
  const score = (d: RankDoc): number => {
    const norm = K1 * (1 - B + (B * d.length) / avg)
    let s = 0
    weights.forEach((w, i) => {
      const tf = Math.max(1, d.tf[i] ?? 0)
      s += (w * (tf * (K1 + 1))) / (tf + norm)
    })
    return s
  }
  return docs
    .map((d, order) => ({ id: d.id, order, score: score(d) }))
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, limit)
    .map((d) => d.id)
}
