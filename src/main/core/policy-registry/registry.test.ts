import { describe, expect, it } from 'vitest'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { dispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import { importPaths } from '../import/pipeline'
import { placeOf } from './place'

async function setup(...files: string[]) {
  const library = tempLibrary()
  await importPaths(library.db, files.map(fixture))
  const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value
  }
  return { library, call, handlers }
}

describe('placeOf', () => {
  it('finds the place an article is about', () => {
    expect(
      placeOf({
        title: '岷州市重点产业“24条”落地见效',
        publication: null,
        text: '岷州市持续推动…该市出台…岷州市据此',
      }),
    ).toBe('岷州')
    expect(
      placeOf({
        title: '达州出台新政',
        publication: '达州日报',
        text: '达州相继出台重点产业“24条”。全市…',
      }),
    ).toBe('达州')
    expect(
      placeOf({ title: '会议召开', publication: null, text: '全市上下、城市建设、超市开业' }),
    ).toBe('')
  })
})

describe('policy registry', () => {
  it('suggests, accepts into a tagged highlight, and groups mentions by label and place', async () => {
    const { call } = await setup('policy/01-news-industry.txt')
    const candidates = (await call('policy.detect', { articleId: 1 })) as {
      label: string
      start: number
      end: number
      kind: string
    }[]
    const labels = candidates.map((c) => c.label)
    expect(labels).toContain('支持总部企业发展21条')
    expect(labels).toContain('民营经济21条')
    for (const c of candidates.filter(
      (c) => c.label.endsWith('21条') || c.label === '重点产业24条',
    )) {
      await call('policy.accept', {
        articleId: 1,
        start: c.start,
        end: c.end,
        label: c.label,
        kind: c.kind,
      })
    }
    const list = (await call('policy.list', {})) as {
      id: number
      label: string
      place: string
      mentions: number
      articles: number
      firstDate: string
    }[]
    expect(list.map((p) => [p.label, p.place, p.mentions])).toEqual([
      ['重点产业24条', '岷州', 2],
      ['支持总部企业发展21条', '岷州', 1],
      ['民营经济21条', '岷州', 1],
    ])
    expect(list[0]!.firstDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const got = (await call('policy.get', { id: list[0]!.id })) as {
      mentions: { exact: string; before: string; articleId: number }[]
    }
    expect(got.mentions).toHaveLength(2)
    expect(got.mentions[0]!.exact).toMatch(/^重点产业“24条”/)
    const hl = (await call('highlights.list', { articleId: 1 })) as { tags: string[] }[]
    expect(hl[0]!.tags).toEqual(['政策要点/重点产业24条'])
    const left = (await call('policy.detect', { articleId: 1 })) as { label: string }[]
    expect(left.map((c) => c.label)).not.toContain('重点产业24条')
  })

  it('remembers dismissals and accepts all that is left', async () => {
    const { call } = await setup('policy/05-news-hub.txt')
    const before = (await call('policy.detect', { articleId: 1 })) as {
      label: string
      start: number
      end: number
      kind: string
    }[]
    const { start, end, kind, label } = before[0]!
    const first = { start, end, kind, label }
    expect(await call('policy.dismiss', { articleId: 1, ...first })).toEqual({ dismissed: true })
    expect(await call('policy.dismiss', { articleId: 1, ...first })).toEqual({ dismissed: false })
    const after = (await call('policy.detect', { articleId: 1 })) as unknown[]
    expect(after).toHaveLength(before.length - 1)
    expect(await call('policy.acceptAll', { articleId: 1 })).toEqual({
      accepted: before.length - 1,
    })
    expect(await call('policy.detect', { articleId: 1 })).toEqual([])
    const kinds = ((await call('policy.list', { kind: 'framework' })) as { label: string }[]).map(
      (p) => p.label,
    )
    expect(kinds.sort()).toEqual(['1+N', '2+9+N'])
  })

  it('merges two policies and splits a mention out by hand', async () => {
    const { call } = await setup('policy/04-qa-explainer.txt')
    await call('policy.acceptAll', { articleId: 1 })
    const list = (await call('policy.list', { kind: 'n-articles' })) as {
      id: number
      label: string
      mentions: number
    }[]
    const p21 = list.find((p) => p.label.endsWith('21条'))!
    const p20 = list.find((p) => p.label === '20条')!
    const merged = (await call('policy.merge', { fromId: p20.id, intoId: p21.id })) as {
      mentions: number
    }
    expect(merged.mentions).toBe(p21.mentions + p20.mentions)
    const { mentions } = (await call('policy.get', { id: p21.id })) as {
      mentions: { highlightId: number }[]
    }
    const split = (await call('policy.split', {
      highlightId: mentions[0]!.highlightId,
      label: '旧版20条',
    })) as { label: string; mentions: number }
    expect(split).toMatchObject({ label: '旧版20条', mentions: 1 })
    await expect(call('policy.merge', { fromId: p21.id, intoId: p21.id })).rejects.toThrow(
      /into itself/,
    )
    await expect(call('policy.get', { id: p20.id })).rejects.toThrow(/NOT_FOUND/)
  })

  it('refuses a range outside the article and writes nothing', async () => {
    const { call, library } = await setup('policy/05-news-hub.txt')
    await expect(
      call('policy.accept', { articleId: 1, start: 5, end: 999_999, label: 'x', kind: 'slogan' }),
    ).rejects.toThrow(/INVALID_INPUT: article 1: 5-999999/)
    const n = library.db.prepare('SELECT count(*) AS n FROM highlights').get() as { n: number }
    expect(n.n).toBe(0)
    expect((await call('policy.list', {})) as unknown[]).toEqual([])
  })
})
