import { describe, expect, it } from 'vitest'
import { charsOf, gramsOf, isIndexable, RUN_BREAK, runsOf } from './tokens'

describe('tokens', () => {
  it('splits folded text into runs at whitespace, quote marks and control characters', () => {
    expect(runsOf('gdp增速5.2%，3+3+n "引号" 𠀀字\n末')).toEqual([
      [...'gdp增速5.2%，3+3+n'],
      [...'引号'],
      ['𠀀', '字'],
      ['末'],
    ])
    expect(isIndexable("'")).toBe(false)
    expect(isIndexable('\u00a0')).toBe(false)
    expect(isIndexable('\ud800')).toBe(false) // a lone surrogate
  })

  it('emits overlapping bigrams inside runs, with a break token between runs', () => {
    expect(gramsOf(['高质量发展 招商'])).toBe(`高质 质量 量发 发展 ${RUN_BREAK} 招商`)
    expect(gramsOf(['gdp增速'])).toBe('gd dp p增 增速')
    expect(gramsOf(['3+3'])).toBe('3+ +3')
    expect(gramsOf(['a 高'])).toBe('')
  })

  it('lists each indexable character once', () => {
    expect(charsOf(['高高质，a a'])).toBe('高 质 ， a')
  })
})
