import { describe, expect, it } from 'vitest'
import { unifyIdeographs } from './compat-ideographs'

describe('unifyIdeographs', () => {
  it('folds Kangxi radicals, radical supplements and compatibility ideographs', () => {
    expect(unifyIdeographs('\u2F24\u2F12发展，\u2F47报')).toBe('大力发展，日报')
    expect(unifyIdeographs('落地\u2EC5效，增\u2ED3')).toBe('落地见效，增长')
    expect(unifyIdeographs('\uF900\u{2F800}')).toBe('\u8C48\u4E3D')
  })

  it('leaves full-width punctuation, Latin and ordinary ideographs alone', () => {
    const s = '２０２３年，ＧＤＰ增长５％（初步核算）：ﬁ'
    expect(unifyIdeographs(s)).toBe(s)
  })
})
