import { describe, expect, it } from 'vitest'
import { parseQuery } from './query'

const summary = (q: string): [string, boolean, boolean][] =>
  parseQuery(q).map((t) => [t.text, t.negative, t.exact])

describe('parseQuery', () => {
  it('ANDs space-separated terms, folding each', () => {
    expect(summary('营商 ＧＤＰ增速')).toEqual([
      ['营商', false, true],
      ['gdp增速', false, true],
    ])
  })

  it('keeps phrases together and marks exclusions', () => {
    expect(summary('"优化 营商" -招商 -"3+3+N"')).toEqual([
      ['优化 营商', false, false],
      ['招商', true, true],
      ['3+3+n', true, true],
    ])
  })

  it('keeps punctuation inside a term; only quote marks split it into runs to verify', () => {
    expect(summary("24条 “24条” 5.2% 3+3+N xi'an")).toEqual([
      ['24条', false, true],
      ['24条', false, true], // Chinese quotation marks delimit a phrase too
      ['5.2%', false, true],
      ['3+3+n', false, true],
      ["xi'an", false, false],
    ])
    expect(parseQuery("xi'an")[0]!.runs).toEqual([
      ['x', 'i'],
      ['a', 'n'],
    ])
  })

  it('gives no terms for an empty query, and a lone dash is a term', () => {
    expect(summary('   ')).toEqual([])
    expect(summary('-')).toEqual([['-', false, true]])
    expect(summary('"未闭合')).toEqual([['未闭合', false, true]])
  })
})
