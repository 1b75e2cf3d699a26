import { describe, expect, it } from 'vitest'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { dispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import { importPaths } from '../import/pipeline'

async function setup(file: string) {
  const library = tempLibrary()
  await importPaths(library.db, [fixture(file)])
  const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value
  }
  return { library, call }
}

interface Hl {
  id: number
  tags: string[]
}
interface Summary {
  id: number
  kind: string
  label: string
  place: string
  mentions: number
}

describe('policy points by hand', () => {
  it('marks an ordinary highlight, keeping its other tags, and moves it when marked again', async () => {
    const { call } = await setup('policy/01-news-industry.txt')
    const hl = (await call('highlights.create', {
      articleId: 1,
      start: 0,
      end: 6,
      tags: ['产业政策'],
    })) as Hl
    const marked = (await call('policy.mark', {
      highlightId: hl.id,
      kind: 'slogan',
      label: '自定 口号',
      place: '川东',
    })) as { highlight: Hl; policyId: number }
    expect(marked.highlight.tags.sort()).toEqual(['产业政策', '政策要点/自定 口号'])
    let list = (await call('policy.list', { place: '川东' })) as Summary[]
    expect(list.map((p) => [p.kind, p.label, p.mentions])).toEqual([['slogan', '自定 口号', 1]])

    const again = (await call('policy.mark', {
      highlightId: hl.id,
      kind: 'target',
      label: '另一个',
      place: '',
    })) as { highlight: Hl; policyId: number }
    expect(again.highlight.tags.sort()).toEqual(['产业政策', '政策要点/另一个'])
    list = (await call('policy.list', { place: '川东' })) as Summary[]
    expect(list).toEqual([])
    const placed = (await call('policy.mark', {
      highlightId: hl.id,
      kind: 'target',
      label: '另一个',
    })) as { policyId: number }
    expect(
      ((await call('policy.get', { id: placed.policyId })) as { policy: Summary }).policy.place,
    ).toBe('岷州')
    await expect(call('policy.get', { id: marked.policyId })).rejects.toThrow(/NOT_FOUND/)
  })

  it('rejects marking a highlight that does not exist, writing nothing', async () => {
    const { call } = await setup('policy/01-news-industry.txt')
    await expect(
      call('policy.mark', { highlightId: 999, kind: 'slogan', label: 'x', place: '' }),
    ).rejects.toThrow(/NOT_FOUND/)
    expect(await call('policy.list', {})).toEqual([])
  })

  it('edits a policy: new label retags every mention; the fields of another policy merge into it', async () => {
    const { call } = await setup('policy/04-qa-explainer.txt')
    await call('policy.acceptAll', { articleId: 1 })
    const list = (await call('policy.list', { kind: 'n-articles' })) as Summary[]
    const p21 = list.find((p) => p.label.endsWith('21条'))!
    const p20 = list.find((p) => p.label === '20条')!

    const edited = (await call('policy.edit', {
      id: p20.id,
      kind: 'n-articles',
      label: '旧版20条',
      place: '省政府',
    })) as Summary
    expect(edited).toMatchObject({ id: p20.id, label: '旧版20条', place: '省政府' })
    const tagsOf = async (id: number) => {
      const { mentions } = (await call('policy.get', { id })) as {
        mentions: { highlightId: number }[]
      }
      const all = (await call('highlights.list', { articleId: 1 })) as Hl[]
      return mentions.map((m) => all.find((h) => h.id === m.highlightId)!.tags)
    }
    for (const tags of await tagsOf(p20.id)) expect(tags).toEqual(['政策要点/旧版20条'])

    const merged = (await call('policy.edit', {
      id: p20.id,
      kind: 'n-articles',
      label: p21.label,
      place: p21.place,
    })) as Summary
    expect(merged).toMatchObject({ id: p21.id, mentions: p21.mentions + p20.mentions })
    for (const tags of await tagsOf(p21.id)) expect(tags).toEqual([`政策要点/${p21.label}`])
    await expect(call('policy.get', { id: p20.id })).rejects.toThrow(/NOT_FOUND/)
  })
})

describe('registry filters', () => {
  it('narrows by tag and date range, counting only the mentions that pass', async () => {
    const { call, library } = await setup('policy/04-qa-explainer.txt')
    await call('policy.acceptAll', { articleId: 1 })
    const all = (await call('policy.list', {})) as Summary[]
    const first = all[0]!
    const { mentions } = (await call('policy.get', { id: first.id })) as {
      mentions: { highlightId: number }[]
    }
    const hl = (await call('highlights.list', { articleId: 1 })) as Hl[]
    const one = hl.find((h) => h.id === mentions[0]!.highlightId)!
    await call('highlights.update', { id: one.id, tags: [...one.tags, '产业政策/制造业'] })
    expect(
      ((await call('policy.list', { tag: '产业政策' })) as Summary[]).map((p) => [
        p.id,
        p.mentions,
      ]),
    ).toEqual([[first.id, 1]])
    expect(await call('policy.list', { tag: '没有这个标签' })).toEqual([])

    library.db.prepare("UPDATE articles SET published_on = '2023-05-06' WHERE id = 1").run()
    expect(await call('policy.list', { from: '2023-05-07' })).toEqual([])
    expect(await call('policy.list', { to: '2023-05-05' })).toEqual([])
    const inRange = (await call('policy.list', {
      from: '2023-05-06',
      to: '2023-05-06',
    })) as Summary[]
    expect(inRange.length).toBe(all.length)
    await expect(call('policy.list', { from: '2023/05/06' })).rejects.toThrow(/INVALID_INPUT/)
  })
})

describe('issuing body and date', () => {
  it('are set when marking, kept by a later mark without them, edited, and survive a merge', async () => {
    const { call } = await setup('policy/01-news-industry.txt')
    const a = (await call('highlights.create', { articleId: 1, start: 0, end: 4 })) as Hl
    const b = (await call('highlights.create', { articleId: 1, start: 10, end: 14 })) as Hl
    const fields = { kind: 'slogan', label: '测试提法', place: '岷州' }
    const { policyId } = (await call('policy.mark', {
      highlightId: a.id,
      ...fields,
      issuer: '岷州市人民政府',
      issued: '2023-06-01',
    })) as { policyId: number }
    await call('policy.mark', { highlightId: b.id, ...fields })
    const got = (await call('policy.get', { id: policyId })) as { policy: Summary }
    expect(got.policy).toMatchObject({
      mentions: 2,
      issuer: '岷州市人民政府',
      issued: '2023-06-01',
    })

    await expect(
      call('policy.mark', { highlightId: b.id, ...fields, issued: '2023-02-29' }),
    ).rejects.toThrow(/INVALID_INPUT/)
    const cleared = (await call('policy.edit', {
      id: policyId,
      ...fields,
      issued: null,
    })) as Summary
    expect(cleared).toMatchObject({ issuer: '岷州市人民政府', issued: null })

    // A merge keeps what only the merged-away policy knew.
    const c = (await call('highlights.create', { articleId: 1, start: 20, end: 24 })) as Hl
    const other = (await call('policy.mark', {
      highlightId: c.id,
      kind: 'slogan',
      label: '另一提法',
      place: '岷州',
      issued: '2022-12-31',
    })) as { policyId: number }
    const merged = (await call('policy.merge', {
      fromId: other.policyId,
      intoId: policyId,
    })) as Summary
    expect(merged).toMatchObject({ mentions: 3, issuer: '岷州市人民政府', issued: '2022-12-31' })
  })
})
