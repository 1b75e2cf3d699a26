import { describe, expect, it } from 'vitest'
import { findMatches, firstMatchFrom } from './find-matches'

describe('find in article', () => {
  const text = '优化营商环境。\n营商环境是生产力；ＧＤＰ增长５％，gdp“稳中求进”。'
  it('finds every occurrence of a Chinese phrase, as offsets into the text', () => {
    const m = findMatches(text, '营商环境')
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['营商环境', '营商环境'])
    expect(m[1]!.start).toBe(8)
  })
  it('folds full-width forms, case and quote variants like search does', () => {
    expect(findMatches(text, 'gdp').map((x) => text.slice(x.start, x.end))).toEqual([
      'ＧＤＰ',
      'gdp',
    ])
    expect(findMatches(text, '5%')).toHaveLength(1)
    expect(findMatches(text, '"稳中求进"')).toHaveLength(1)
  })
  it('finds nothing for a blank query, and stops at the limit', () => {
    expect(findMatches(text, '  ')).toEqual([])
    expect(findMatches('的的的的', '的', 3)).toHaveLength(3)
  })
  it('starts cycling at the first match from the reading position', () => {
    const m = findMatches(text, '营商')
    expect(firstMatchFrom(m, 0)).toBe(0)
    expect(firstMatchFrom(m, 3)).toBe(1)
    expect(firstMatchFrom(m, 100)).toBe(0)
  })
})
