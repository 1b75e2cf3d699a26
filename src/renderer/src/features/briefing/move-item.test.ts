import { describe, expect, it } from 'vitest'
import { moveBy, moveTo } from './move-item'

describe('moving briefing items', () => {
  it('moves by a step, clamped at the ends, and to an index', () => {
    expect(moveBy([1, 2, 3], 3, -1)).toEqual([1, 3, 2])
    expect(moveBy([1, 2, 3], 1, -1)).toEqual([1, 2, 3])
    expect(moveBy([1, 2, 3], 1, 1)).toEqual([2, 1, 3])
    expect(moveBy([1, 2, 3], 3, 1)).toEqual([1, 2, 3])
    expect(moveTo([1, 2, 3, 4], 4, 0)).toEqual([4, 1, 2, 3])
    expect(moveTo([1, 2, 3], 9, 0)).toEqual([1, 2, 3])
  })
})
