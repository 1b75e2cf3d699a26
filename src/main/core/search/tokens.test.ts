import { describe, expect, it } from 'vitest'
import { charsOf, gramsOf, RUN_BREAK, runsOf } from './tokens'

describe('tokens', () => {
  it('splits folded text into runs of letters and digits of any script', () => {
    expect(runsOf('gdp增速5.2%，3+3+n 𠀀字')).toEqual([
      [...'gdp增速5'],
      ['2'],
      ['3'],
      ['3'],
      ['n'],
      ['𠀀', '字'],
    ])
  })

  it('emits overlapping bigrams inside runs, with a break token between runs', () => {
    expect(gramsOf(['高质量发展，招商'])).toBe(`高质 质量 量发 发展 ${RUN_BREAK} 招商`)
    expect(gramsOf(['gdp增速'])).toBe('gd dp p增 增速')
    expect(gramsOf(['a 高'])).toBe('')
  })

  it('lists each indexable character once', () => {
    expect(charsOf(['高高质，a a'])).toBe('高 质 a')
  })
})
