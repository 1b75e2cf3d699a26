import { describe, expect, it } from 'vitest'
import { fieldsOf, labelOf } from './policy-fields'

describe('policy form fields', () => {
  it('splits an n-articles label into topic and count and joins them back', () => {
    const f = fieldsOf('n-articles', '促进民营经济高质量发展21条', '达州')
    expect(f).toEqual({
      kind: 'n-articles',
      name: '促进民营经济高质量发展',
      count: '21',
      place: '达州',
      issuer: '',
      issued: '',
    })
    expect(
      fieldsOf('slogan', '一区一枢纽一中心', '达州', { issuer: '达州市委', issued: '2023-05-06' }),
    ).toMatchObject({ issuer: '达州市委', issued: '2023-05-06' })
    expect(labelOf(f)).toBe('促进民营经济高质量发展21条')
    expect(labelOf({ ...f, count: ' 033 ' })).toBe('促进民营经济高质量发展33条')
    expect(fieldsOf('n-articles', '24条', '')).toMatchObject({ name: '', count: '24' })
  })

  it('keeps other kinds whole and refuses empty names or bad counts', () => {
    expect(fieldsOf('framework', '3+3+N', '')).toMatchObject({ name: '3+3+N', count: '' })
    expect(labelOf(fieldsOf('slogan', '一区一枢纽一中心', ''))).toBe('一区一枢纽一中心')
    expect(
      labelOf({ kind: 'slogan', name: '  ', count: '', place: '', issuer: '', issued: '' }),
    ).toBeNull()
    expect(
      labelOf({ kind: 'n-articles', name: '稳经济', count: '', place: '', issuer: '', issued: '' }),
    ).toBeNull()
    expect(
      labelOf({
        kind: 'n-articles',
        name: '稳经济',
        count: '三十三',
        place: '',
        issuer: '',
        issued: '',
      }),
    ).toBeNull()
    expect(
      labelOf({
        kind: 'n-articles',
        name: '稳经济',
        count: '0',
        place: '',
        issuer: '',
        issued: '',
      }),
    ).toBeNull()
  })
})
