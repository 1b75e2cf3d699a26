import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { highlightRankDocs, occurrences, rankDoc } from './bm25-docs'
import { addArticle, addHighlight } from './test-support'

describe('ranking documents', () => {
  it('counts non-overlapping occurrences across fields', () => {
    expect(occurrences('营商营商营', '营商')).toBe(2)
    expect(occurrences('aaaa', 'aa')).toBe(2)
    expect(occurrences('abc', '')).toBe(0)
    expect(rankDoc(7, ['营商', '优化营商环境'], ['营商', '环境'])).toEqual({
      id: 7,
      length: 8,
      tf: [2, 1],
    })
  })

  it('reads highlights in the order given, folded, with their notes and tags', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '正文')
    const first = addHighlight(db, a, '經濟發展', { note: '经济' })
    const second = addHighlight(db, a, '其他')
    const docs = highlightRankDocs(db, [second, first, 999], ['经济'])
    expect(docs.map((d) => [d.id, d.tf[0]])).toEqual([
      [second, 0],
      [first, 2],
    ])
  })
})
