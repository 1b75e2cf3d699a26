import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { estimateDf, groupSize, SAMPLE } from './doc-frequency'
import { addArticle, addHighlight } from './test-support'

describe('estimateDf', () => {
  it('counts exactly below the sample, per group, and estimates from the id span above it', () => {
    const { db } = tempLibrary()
    const grams = (g: string): { table: 'search_grams'; match: string } => ({
      table: 'search_grams',
      match: `"${g}"`,
    })
    db.transaction(() => {
      // Every other article mentions 营商; one in 40 mentions 招商.
      for (let i = 0; i < SAMPLE * 4; i++) {
        const a = addArticle(
          db,
          `第${i}篇`,
          `${i % 2 ? '营商环境' : '数字经济'}${i % 40 ? '' : '招商'}`,
        )
        if (i < 30) addHighlight(db, a, '营商环境')
      }
    })()
    const articles = groupSize(db, 'articles')
    const highlights = groupSize(db, 'highlights')
    expect(articles.n).toBe(SAMPLE * 4)
    expect(estimateDf(db, 'articles', articles, grams('招商'))).toBe(SAMPLE / 10)
    expect(estimateDf(db, 'highlights', highlights, grams('营商'))).toBe(30)
    expect(estimateDf(db, 'highlights', highlights, grams('招商'))).toBe(0)
    const common = estimateDf(db, 'articles', articles, grams('营商'))
    expect(common).toBeGreaterThan(SAMPLE * 1.9)
    expect(common).toBeLessThan(SAMPLE * 2.1)
  })

  it('reads an empty group as size zero', () => {
    const { db } = tempLibrary()
    expect(groupSize(db, 'highlights')).toEqual({ n: 0, maxId: 0 })
  })
})
