import { describe, expect, it } from 'vitest'
import { fold } from './fold'
import { TRADITIONAL_TO_SIMPLIFIED } from '@shared/traditional'

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

  it('folds traditional characters to simplified ones, unit for unit', () => {
    expect(fold('經濟高質量發展')).toBe('经济高质量发展')
    expect(fold('臺灣“營商環境”')).toBe('台湾"营商环境"')
    expect(fold('著作')).toBe('著作') // also simplified: left alone
  })

  it('has a traditional table that folds once and for all', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(500)
    for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) {
      const [t, s] = [String.fromCharCode(from), String.fromCharCode(to)]
      expect(t, t).toMatch(/^\p{Script=Han}$/u)
      expect(s, t).toMatch(/^\p{Script=Han}$/u)
      expect(from, t).not.toBe(to)
      expect(TRADITIONAL_TO_SIMPLIFIED.has(to), `${t}→${s} is itself folded`).toBe(false)
      expect(fold(t)).toBe(s)
    }
  })
})
