import { describe, expect, it } from 'vitest'
import { isActive, paramsFromRequest, requestFromParams } from './search-params'

describe('search params', () => {
  it('round-trips a request with filters through the hash query string', () => {
    const req = {
      query: '营商 "24条"',
      tag: '营商/政务',
      color: 'red',
      from: '2024-01',
      kind: 'note' as const,
      hasNote: true,
      articleId: 3,
    }
    expect(requestFromParams(paramsFromRequest(req))).toEqual(req)
  })

  it('drops malformed filters but keeps the query', () => {
    expect(requestFromParams('q=招商&kind=poem')).toEqual({ query: '招商' })
    expect(requestFromParams('from=yesterday&q=a')).toEqual({ query: 'a' })
  })

  it('knows an empty request', () => {
    expect(isActive({ query: '  ' })).toBe(false)
    expect(isActive({ query: '', color: 'red' })).toBe(true)
  })
})
