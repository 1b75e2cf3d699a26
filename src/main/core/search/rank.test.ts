import { describe, expect, it } from 'vitest'
import { idf, rankByBm25 } from './rank'

describe('rankByBm25', () => {
  it('puts more occurrences first, shorter documents first at equal counts, then newest', () => {
    const docs = [
      { id: 9, length: 100, tf: [1] },
      { id: 8, length: 100, tf: [3] },
      { id: 7, length: 20, tf: [1] },
      { id: 6, length: 100, tf: [1] },
    ]
    expect(rankByBm25(docs, [1], 10)).toEqual([8, 7, 9, 6])
    expect(rankByBm25(docs, [1], 2)).toEqual([8, 7])
  })

  it('weighs a rare term above a common one', () => {
    const docs = [
      { id: 2, length: 50, tf: [4, 1] },
      { id: 1, length: 50, tf: [1, 4] },
    ]
    const rareSecond = [idf(900, 1000), idf(3, 1000)]
    expect(rankByBm25(docs, rareSecond, 2)).toEqual([1, 2])
    expect(rankByBm25(docs, [...rareSecond].reverse(), 2)).toEqual([2, 1])
  })

  it('counts a term of a matching document as occurring at least once', () => {
    const docs = [
      { id: 2, length: 10, tf: [0] },
      { id: 1, length: 10, tf: [1] },
    ]
    expect(rankByBm25(docs, [1], 2)).toEqual([2, 1])
  })

  it('keeps recency order with no weights', () => {
    const docs = [
      { id: 3, length: 10, tf: [] },
      { id: 1, length: 5, tf: [] },
    ]
    expect(rankByBm25(docs, [], 5)).toEqual([3, 1])
  })
})
