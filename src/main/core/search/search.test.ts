import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { COUNT_CAP, search } from './search'
import { addArticle, addHighlight, addTag } from './test-support'

function library() {
  const { db } = tempLibrary()
  const a1 = addArticle(
    db,
    '南江市优化营商环境“24条”',
    '南江市印发优化营商环境若干措施。\nGDP增速达到5.2%。',
    {
      publication: '南江日报',
      publishedOn: '2024-03-01',
    },
  )
  const a2 = addArticle(db, '民营经济发展', '支持民营经济发展壮大，营商环境持续改善。', {
    publication: '经济观察',
    publishedOn: '2023-11-20',
  })
  const h1 = addHighlight(db, a1, '优化营商环境', { color: 'red', note: '与去年对比' })
  const h2 = addHighlight(db, a2, '营商环境持续改善', { color: 'yellow' })
  const parent = addTag(db, '营商')
  const child = addTag(db, '政务服务', parent)
  db.prepare('INSERT INTO highlight_tags VALUES (?, ?)').run(h2, child)
  return { db, a1, a2, h1, h2 }
}

describe('search', () => {
  it('puts highlights and notes before articles and marks matches in snippets', () => {
    const { db, a1, a2, h1, h2 } = library()
    const r = search(db, { query: '营商' })
    expect(r.hits.map((h) => h.kind)).toEqual(['highlight', 'highlight', 'article', 'article'])
    expect(new Set(r.hits.slice(0, 2).map((h) => h.id))).toEqual(new Set([h1, h2]))
    expect(new Set(r.hits.slice(2).map((h) => h.id))).toEqual(new Set([a1, a2]))
    for (const hit of r.hits) {
      const [s, e] = hit.snippet.matches[0]!
      expect(hit.snippet.text.slice(s, e)).toBe('营商')
    }
    const article = r.hits.find((h) => h.id === a2 && h.kind === 'article')!
    expect(article.at).toEqual({ start: 11, end: 13 })
  })

  it('filters by tag including sub-tags, colour, note, dates, publication and kind', () => {
    const { db, a1, h1, h2 } = library()
    const ids = (req: Omit<Parameters<typeof search>[1], 'query'>, query = '营商'): number[] =>
      search(db, { query, ...req }).hits.map((h) => h.id)
    expect(ids({ tag: '营商' })).toEqual([h2])
    expect(ids({ color: 'red' })).toEqual([h1])
    expect(ids({ hasNote: true })).toEqual([h1])
    expect(ids({ kind: 'note' }, '对比')).toEqual([h1])
    expect(ids({ from: '2024-01-01' })).toEqual([h1, a1])
    expect(ids({ to: '2023-11' }).length).toBe(2)
    expect(ids({ publication: '南江日报', kind: 'article' })).toEqual([a1])
    expect(ids({ articleId: a1 })).toEqual([h1, a1])
    // Combined: every filter applies, whichever side drives.
    expect(ids({ tag: '营商', to: '2023-11' })).toEqual([h2])
    expect(ids({ tag: '营商', color: 'red' })).toEqual([])
    expect(ids({ from: '2024-01-01', publication: '南江日报' })).toEqual([h1, a1])
    expect(ids({ from: '2024-01-01', articleId: a1, kind: 'article' })).toEqual([a1])
    expect(ids({ tag: '营商' }, '')).toEqual([h2])
  })

  it('answers mixed, phrase and excluding queries', () => {
    const { db, a1, a2 } = library()
    const articles = (query: string): number[] =>
      search(db, { query, kind: 'article' }).hits.map((h) => h.id)
    expect(articles('GDP增速')).toEqual([a1])
    expect(articles('ｇｄｐ')).toEqual([a1])
    expect(articles('"24条"')).toEqual([a1])
    expect(articles('营商 -民营')).toEqual([a1])
    expect(articles('5.2%')).toEqual([a1])
    expect(articles('营 展').sort()).toEqual([a2])
  })

  it('caps every count and says so; counts under the cap are exact', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '招商引资')
    db.transaction(() => {
      for (let i = 0; i < COUNT_CAP + 5; i++) addHighlight(db, a, '招商', { color: 'red' })
    })()
    const filtered = search(db, { query: '招商', color: 'red', limit: 3 })
    expect(filtered).toMatchObject({ annotationTotal: COUNT_CAP, annotationTotalExact: false })
    expect(filtered.hits).toHaveLength(3)
    const plain = search(db, { query: '招商', limit: 3 })
    expect(plain).toMatchObject({ annotationTotal: COUNT_CAP, annotationTotalExact: false })
    expect(plain).toMatchObject({ articleTotal: 1, articleTotalExact: true })
    const every = search(db, { query: '招商', kind: 'highlight', limit: 1000 })
    expect(every).toMatchObject({ annotationTotal: COUNT_CAP + 5, annotationTotalExact: true })
    expect(new Set(every.hits.map((h) => h.id)).size).toBe(COUNT_CAP + 5)
  })

  it('returns every match up to a limit larger than the cap, ranked ones first', () => {
    const { db } = tempLibrary()
    const ids = db.transaction(() => {
      const out: number[] = []
      for (let i = 0; i < COUNT_CAP + 60; i++) out.push(addArticle(db, `文章${i}`, `招商引资 ${i}`))
      return out
    })()
    const all = search(db, { query: '招商', kind: 'article', limit: 1000 })
    expect(all).toMatchObject({ articleTotal: COUNT_CAP + 60, articleTotalExact: true })
    expect(new Set(all.hits.map((h) => h.articleId))).toEqual(new Set(ids))
    const page = search(db, { query: '招商', kind: 'article', limit: 20 })
    expect(page).toMatchObject({ articleTotal: COUNT_CAP, articleTotalExact: false })
    expect(page.hits).toHaveLength(20)
  })

  it('reports totals beyond the limit', () => {
    const { db } = tempLibrary()
    for (let i = 0; i < 5; i++) addArticle(db, `文章${i}`, '招商引资')
    const r = search(db, { query: '招商', limit: 2 })
    expect(r.hits).toHaveLength(2)
    expect(r.articleTotal).toBe(5)
  })

  it('finds simplified text with a traditional query and the reverse, marking the original', () => {
    const { db } = tempLibrary()
    const simplified = addArticle(db, '报告', '推动经济高质量发展。')
    const traditional = addArticle(db, '報告', '推動經濟高質量發展。')
    const ids = (query: string): number[] =>
      search(db, { query, kind: 'article' })
        .hits.map((h) => h.id)
        .sort()
    expect(ids('經濟')).toEqual([simplified, traditional])
    expect(ids('高质量发展')).toEqual([simplified, traditional])
    const hit = search(db, { query: '经济', articleId: traditional }).hits[0]!
    const [s, e] = hit.snippet.matches[0]!
    expect(hit.snippet.text.slice(s, e)).toBe('經濟')
    expect(hit.at).toEqual({ start: 2, end: 4 })
  })

  it('ranks by relevance within the window, then newest first', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '营商环境')
    const dense = addHighlight(db, a, '营商环境，营商环境，营商环境')
    const older = addHighlight(db, a, '优化营商环境的若干举措和工作安排')
    const newer = addHighlight(db, a, '优化营商环境的若干举措和工作安排')
    const r = search(db, { query: '营商环境', kind: 'highlight' })
    expect(r.hits.map((h) => h.id)).toEqual([dense, newer, older])
  })
})
