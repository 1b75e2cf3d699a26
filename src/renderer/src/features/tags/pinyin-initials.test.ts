import { describe, expect, it } from 'vitest'
import { initialOf, pinyinInitials } from './pinyin-initials'

describe('initialOf', () => {
  it.each([
    ['产', 'c'],
    ['业', 'y'],
    ['政', 'z'],
    ['策', 'c'],
    ['制', 'z'],
    ['造', 'z'],
    ['绿', 'l'],
    ['招', 'z'],
    ['商', 's'],
    ['引', 'y'],
    ['资', 'z'],
    ['服', 'f'],
    ['务', 'w'],
    ['麻', 'm'],
    ['民', 'm'],
    ['营', 'y'],
    ['经', 'j'],
    ['济', 'j'],
    ['科', 'k'],
    ['技', 'j'],
    ['农', 'n'],
    ['欧', 'o'],
    ['鹅', 'e'],
    ['人', 'r'],
    ['土', 't'],
    ['地', 'd'],
    ['环', 'h'],
    ['保', 'b'],
    ['区', 'q'],
    ['平', 'p'],
    ['新', 'x'],
    ['高', 'g'],
    ['安', 'a'],
    ['吖', 'a'],
    ['林', 'l'],
    ['痳', 'l'],
  ])('%s → %s', (ch, letter) => {
    expect(initialOf(ch)).toBe(letter)
  })

  it('maps Latin letters and digits to themselves, lowercased, and drops the rest', () => {
    expect(initialOf('A')).toBe('a')
    expect(initialOf('z')).toBe('z')
    expect(initialOf('7')).toBe('7')
    expect(initialOf(' ')).toBe('')
    expect(initialOf('、')).toBe('')
    expect(initialOf('“')).toBe('')
  })
})

describe('pinyinInitials', () => {
  it('spells a tag path with its parts apart', () => {
    expect(pinyinInitials('产业政策/制造业')).toBe('cyzc/zzy')
    expect(pinyinInitials('招商引资')).toBe('zsyz')
    expect(pinyinInitials('绿色低碳')).toBe('lsdt')
  })

  it('keeps Latin and digits in mixed names', () => {
    expect(pinyinInitials('5G基站')).toBe('5gjz')
    expect(pinyinInitials('AI 产业')).toBe('aicy')
  })
})
