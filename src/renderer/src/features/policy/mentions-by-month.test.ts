import { describe, expect, it } from 'vitest'
import { mentionsByMonth } from './mentions-by-month'

describe('mentionsByMonth', () => {
  it('counts per month and fills the empty months between, across a year end', () => {
    expect(mentionsByMonth(['2023-11-02', '2024-02-10', '2023-11-30', null, '2024-02'])).toEqual([
      ['2023-11', 2],
      ['2023-12', 0],
      ['2024-01', 0],
      ['2024-02', 2],
    ])
  })
  it('is empty without dated mentions', () => {
    expect(mentionsByMonth([null, 'sometime'])).toEqual([])
  })
})
