import { describe, expect, it } from 'vitest'
import { suggestTags, tagMatches } from './tag-suggestions'

const TAGS = ['产业政策', '产业政策/制造业', '产业政策/服务业', '招商引资', '营商环境', 'AI']

const paths = (typed: string, exclude: string[] = []): string[] =>
  suggestTags(TAGS, typed, exclude).map((s) => s.path)

describe('suggestTags', () => {
  it('offers tags by their pinyin initials', () => {
    expect(paths('cyzc')[0]).toBe('产业政策')
    expect(paths('cy')).toContain('产业政策')
    expect(paths('zsyz')).toEqual(['招商引资'])
    expect(paths('cyzc/z')).toEqual(['产业政策/制造业'])
    expect(suggestTags(TAGS, 'cyzc')[0]?.byInitials).toBe(true)
  })

  it('still matches a substring of the path, before initials and case-insensitively', () => {
    expect(paths('制造')).toEqual(['产业政策/制造业'])
    expect(paths('业')).toEqual(expect.arrayContaining(['产业政策/服务业', '产业政策/制造业']))
    expect(paths('ai')).toEqual(['AI'])
  })

  it('ranks a part that starts with the text above one that merely contains it', () => {
    expect(paths('zzy')).toEqual(['产业政策/制造业'])
    expect(paths('zc')[0]).toBe('产业政策')
  })

  it('leaves out chosen tags, empty input, and text that matches nothing', () => {
    expect(paths('cyzc', ['产业政策'])).not.toContain('产业政策')
    expect(paths('  ')).toEqual([])
    expect(paths('qqq')).toEqual([])
    expect(paths('不存在')).toEqual([])
  })

  it('caps the list', () => {
    const many = Array.from({ length: 20 }, (_, i) => `产业${i}`)
    expect(suggestTags(many, 'cy', [], 5)).toHaveLength(5)
  })
})

describe('tagMatches', () => {
  it('finds a tag by substring or initials, and every tag for empty text', () => {
    expect(tagMatches('产业政策/制造业', 'zzy')).toBe(true)
    expect(tagMatches('产业政策/制造业', '制造')).toBe(true)
    expect(tagMatches('产业政策/制造业', ' ')).toBe(true)
    expect(tagMatches('招商引资', 'cyzc')).toBe(false)
  })
})
