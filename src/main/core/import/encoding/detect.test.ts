import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../../tests/helpers/temp'
import { detectAndDecode, plausibility } from './detect'

const file = (name: string): Uint8Array => readFileSync(fixture(`encodings/${name}`))

describe('detectAndDecode', () => {
  it.each([
    ['gb18030.txt', 'gb18030', '国务院关于促进民营经济发展壮大的意见'],
    ['big5.txt', 'big5', '行政院推動數位轉型方案'],
    ['utf16-bom.txt', 'utf-16le', '国务院关于促进民营经济发展壮大的意见'],
    ['utf16be-bom.txt', 'utf-16be', '行政院推動數位轉型方案'],
  ])('reads %s as %s', (name, encoding, firstLine) => {
    const d = detectAndDecode(file(name))
    expect(d?.encoding).toBe(encoding)
    expect(d?.text.split('\n')[0]).toBe(firstLine)
    expect(d?.text).not.toContain('\uFFFD')
  })

  it('reads known GB18030 and Big5 byte sequences', () => {
    // 经济 in GBK and 經濟 in Big5, each repeated so the sample is not trivially short.
    const gbk = new Uint8Array(Array(6).fill([0xbe, 0xad, 0xbc, 0xc3]).flat())
    const big5 = new Uint8Array(Array(6).fill([0xb8, 0x67, 0xc0, 0xd9]).flat())
    expect(detectAndDecode(gbk)).toEqual({ text: '经济'.repeat(6), encoding: 'gb18030' })
    expect(detectAndDecode(big5)).toEqual({ text: '經濟'.repeat(6), encoding: 'big5' })
  })

  it('reads unmarked UTF-16LE by its NUL pattern', () => {
    const bytes = Buffer.from('Report 2024: 经济 growth\n', 'utf16le')
    expect(detectAndDecode(bytes)).toEqual({
      text: 'Report 2024: 经济 growth\n',
      encoding: 'utf-16le',
    })
  })

  it('prefers UTF-8 when the bytes are valid UTF-8, BOM or not', () => {
    expect(detectAndDecode(Buffer.from('营商环境'))?.encoding).toBe('utf-8')
    expect(detectAndDecode(Buffer.from('\uFEFF营商环境'))).toEqual({
      text: '营商环境',
      encoding: 'utf-8-bom',
    })
  })

  it('returns null for bytes that no candidate reads as Chinese', () => {
    // Random high bytes: valid GB18030 two-byte pairs, but not plausible text.
    const junk = new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x81 + ((i * 37) % 0x7e)))
    expect(detectAndDecode(junk)).toBeNull()
  })
})

describe('plausibility', () => {
  it('scores real Chinese high and mojibake low', () => {
    expect(plausibility('国务院关于促进民营经济发展壮大的意见。')).toBeGreaterThan(0.95)
    // Big5 bytes of 中文 read as GBK give kana, not hanzi.
    const wrong = new TextDecoder('gb18030').decode(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]))
    expect(plausibility(wrong)).toBeLessThan(0.5)
    expect(plausibility('plain ASCII')).toBe(1)
  })
})
