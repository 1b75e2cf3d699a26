import { describe, expect, it } from 'vitest'
import { fold } from './fold'

describe('fold', () => {
  it('folds full-width forms, case, the ideographic space and quote variants', () => {
    expect(fold('ＧＤＰ增速２４条')).toBe('gdp增速24条')
    expect(fold('“24条”「招商」『引资』')).toBe('"24条""招商""引资"')
    expect(fold('Ａ\u3000b‘c’—–')).toBe("a b'c'—-")
    expect(fold('3＋3＋N')).toBe('3+3+n')
  })

  it('keeps the length unit for unit, so offsets carry over', () => {
    const s = 'İstanbul ＧＤＰ 𠀀 “高质量”'
    expect(fold(s)).toHaveLength(s.length)
    expect(fold('İ')).toBe('İ') // its lower case is two units: left alone
  })

  it('returns the same string when nothing changes', () => {
    const s = '高质量发展'
    expect(fold(s)).toBe(s)
  })
})
