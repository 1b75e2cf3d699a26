import { describe, expect, it } from 'vitest'
import type { PolicyMentionDate } from '@shared/calls/policy'
import { mentionsBySeries } from './mentions-by-series'

const names = { noPlace: '未注明地区', others: (n: number) => `其他 ${n} 项` }

const m = (
  policyId: number,
  label: string,
  place: string,
  date: string | null,
): PolicyMentionDate => ({
  policyId,
  label,
  place,
  date,
})

const mentions = [
  m(1, '重点产业24条', '达州', '2023-11-02'),
  m(1, '重点产业24条', '达州', '2024-01-20'),
  m(2, '支持总部企业发展21条', '达州', '2024-01-05'),
  m(3, '重点产业24条', '岷州', '2023-11-30'),
  m(4, '3+3+N', '', '2024-01-09'),
  m(4, '3+3+N', '', null),
  m(5, '一区一枢纽一中心', '南江', '2023-12'),
]

describe('mentionsBySeries', () => {
  it('counts mentions per place per month (ties in pinyin order), with a series for no place', () => {
    expect(mentionsBySeries(mentions, 'place', names)).toEqual({
      months: ['2023-11', '2023-12', '2024-01'],
      series: [
        { name: '达州', counts: [1, 0, 2] },
        { name: '岷州', counts: [1, 0, 0] },
        { name: '南江', counts: [0, 1, 0] },
        { name: '未注明地区', counts: [0, 0, 1] },
      ],
    })
  })

  it('counts per policy, naming the place when two policies share a label', () => {
    const { series } = mentionsBySeries(mentions, 'policy', names)
    expect(series.map((s) => s.name)).toEqual([
      '重点产业24条（达州）',
      '3+3+N',
      '一区一枢纽一中心',
      '支持总部企业发展21条',
      '重点产业24条（岷州）',
    ])
    expect(series[0]!.counts).toEqual([1, 0, 1])
  })

  it('sums the quietest series into one when there are too many', () => {
    const { series } = mentionsBySeries(mentions, 'policy', names, 3)
    expect(series.map((s) => s.name)).toEqual(['重点产业24条（达州）', '3+3+N', '其他 3 项'])
    expect(series[2]!.counts).toEqual([1, 1, 1])
  })

  it('is empty without dated mentions', () => {
    expect(mentionsBySeries([m(1, 'x', '', null)], 'place', names)).toEqual({
      months: [],
      series: [],
    })
  })
})
