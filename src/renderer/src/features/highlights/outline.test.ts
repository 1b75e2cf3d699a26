import type { Highlight } from '@shared/highlight'
import { describe, expect, it } from 'vitest'
import { currentEntry, outlineOf } from './outline'

const hl = (
  id: number,
  start: number,
  exact: string,
  anchor: Highlight['anchor'] = 'ok',
): Highlight => ({ id, articleId: 1, start, end: start + exact.length, exact, anchor }) as Highlight

describe('outline', () => {
  const blocks = [
    { kind: 'paragraph' as const, text: '导语一段。' },
    { kind: 'heading' as const, text: '一、总体要求' },
    { kind: 'paragraph' as const, text: '坚持稳中求进。' },
    { kind: 'heading' as const, text: '二、重点任务' },
    { kind: 'paragraph' as const, text: '优化营商环境。' },
  ]
  it('merges headings and anchored highlights in document order, leaving orphans out', () => {
    const entries = outlineOf(blocks, [
      hl(2, 23, '优化营商'),
      hl(1, 1, '语一'),
      hl(3, 5, 'x', 'orphan'),
    ])
    expect(entries.map((e) => `${e.kind}:${e.start}:${e.text}`)).toEqual([
      'highlight:1:语一',
      'heading:6:一、总体要求',
      'heading:21:二、重点任务',
      'highlight:23:优化营商',
    ])
  })
  it('finds the entry the reader is at', () => {
    const entries = outlineOf(blocks, [])
    expect(currentEntry(entries, 0)).toBe(-1)
    expect(currentEntry(entries, 6)).toBe(0)
    expect(currentEntry(entries, 19)).toBe(0)
    expect(currentEntry(entries, 30)).toBe(1)
  })
})
