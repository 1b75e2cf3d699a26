/** Both interface languages must define exactly the same keys. */
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zhCN } from './zh-CN'

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [prefix + key] : keysOf(child as object, `${prefix}${key}.`),
  )
}

describe('interface strings', () => {
  it('zh-CN and en have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort())
  })

  it('no string is empty', () => {
    const empty = (res: object): string[] =>
      keysOf(res).filter((path) => {
        const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], res)
        return typeof v !== 'string' || v.trim() === ''
      })
    expect(empty(zhCN)).toEqual([])
    expect(empty(en)).toEqual([])
  })
})
