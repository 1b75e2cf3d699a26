import { describe, expect, it } from 'vitest'
import type { Briefing } from '@shared/calls/briefings'
import type { CallInput, CallName } from '@shared/contract'
import { unzipEntry } from '../../../../tests/helpers/unzip'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { dispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import { createHighlight, findQuote } from '../highlights/highlights'
import { importPaths } from '../import/pipeline'

async function setup() {
  const library = tempLibrary()
  await importPaths(library.db, [fixture('policy-notice.txt')])
  const mark = (quote: string, note = ''): number =>
    createHighlight(library.db, {
      articleId: 1,
      ...findQuote(library.db, 1, quote, 1),
      noteText: note,
      noteJson: null,
      tags: ['营商环境'],
    }).id
  const ids = [
    mark('企业开办时间压缩至1个工作日以内', '比省里要求更快'),
    mark('设立“办不成事”反映窗口'),
    mark('市财政每年安排不少于5亿元的产业发展专项资金'),
  ]
  const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
  const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.value as never
  }
  return { library, ids, call, handlers }
}

const order = (b: Briefing): string[] =>
  b.items.map((i) => (i.kind === 'heading' ? `#${i.heading}` : i.quote!.quote.slice(0, 4)))

describe('briefings', () => {
  it('are composed: headings, reorder, commentary, citation style, then exported in that order', async () => {
    const { ids, call } = await setup()
    let b: Briefing = await call('briefings.create', {
      title: '营商环境简报',
      highlightIds: [ids[0]!],
    })
    b = await call('briefings.addHeading', { id: b.id, text: '资金保障' })
    b = await call('briefings.addHighlights', {
      id: b.id,
      highlightIds: [ids[2]!, ids[0]!, ids[1]!],
    })
    expect(order(b)).toEqual(['企业开办', '#资金保障', '市财政每', '设立“办'])
    const [first, heading, money, window] = b.items.map((i) => i.id)
    b = await call('briefings.reorder', { id: b.id, itemIds: [window!, first!, heading!, money!] })
    expect(order(b)).toEqual(['设立“办', '企业开办', '#资金保障', '市财政每'])
    b = await call('briefings.updateItem', {
      id: b.id,
      itemId: money!,
      comment: { json: null, text: '建议跟踪资金使用绩效' },
    })
    b = await call('briefings.update', {
      id: b.id,
      summary: { json: null, text: '本期关注南江市新政。' },
      citation: 'endnotes',
    })
    expect(b).toMatchObject({ citation: 'endnotes', summaryText: '本期关注南江市新政。' })

    const file = await call('export.render', {
      source: { kind: 'briefing', id: b.id },
      format: 'docx',
    })
    expect(file).toMatchObject({ fileName: '营商环境简报.docx', highlights: 3 })
    const xml = unzipEntry(
      Buffer.from((file as { base64: string }).base64, 'base64'),
      'word/document.xml',
    ).toString()
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    const at = (s: string): number => text.indexOf(s)
    for (const s of ['本期关注', '设立', '企业开办', '一、资金保障', '市财政', '建议跟踪', '注释'])
      expect(at(s), s).toBeGreaterThan(-1)
    expect(at('设立')).toBeLessThan(at('企业开办'))
    expect(at('企业开办')).toBeLessThan(at('一、资金保障'))
    expect(at('市财政')).toBeLessThan(at('建议跟踪'))
    expect(text).not.toContain('（来源：')
  })

  it('are listed, duplicated, deleted with undo; bad orders change nothing', async () => {
    const { ids, call, handlers } = await setup()
    const b: Briefing = await call('briefings.create', { title: '周报', highlightIds: ids })
    const copy: Briefing = await call('briefings.duplicate', { id: b.id })
    expect(copy.title).toBe('周报（副本）')
    expect(order(copy)).toEqual(order(b))
    await call('briefings.delete', { id: b.id })
    expect(((await call('briefings.list', {})) as { title: string }[]).map((x) => x.title)).toEqual(
      ['周报（副本）'],
    )
    expect(await dispatch(handlers, 'briefings.get', { id: b.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await call('briefings.restore', { id: b.id })
    expect(((await call('briefings.list', {})) as unknown[]).length).toBe(2)
    const bad = await dispatch(handlers, 'briefings.reorder', {
      id: b.id,
      itemIds: [b.items[0]!.id],
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(order(await call('briefings.get', { id: b.id }))).toEqual(order(b))
    const unknown = await dispatch(handlers, 'briefings.addHighlights', {
      id: b.id,
      highlightIds: [999],
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('exports a search with its filters', async () => {
    const { call } = await setup()
    const count = async (filters?: { color: 'green' | 'yellow' }): Promise<number> => {
      const file: { highlights: number } = await call('export.render', {
        source: { kind: 'query', query: '窗口', ...(filters ? { filters } : {}) },
        format: 'csv',
      })
      return file.highlights
    }
    expect(await count()).toBe(1)
    expect(await count({ color: 'yellow' })).toBe(1)
    expect(await count({ color: 'green' })).toBe(0)
  })
})
