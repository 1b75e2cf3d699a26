import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import type { CallInput, CallName, CallOutput } from '@shared/contract'
import { dispatch } from '../api/dispatch'
import { createHandlers, type Handlers } from '../api/handlers'
import { countArticles, getArticle } from '../db/repos/articles'

const page = readFileSync(fixture('text/page-county-news.txt'))
const base64 = page.toString('base64')

function setup() {
  const library = tempLibrary()
  return { library, h: createHandlers({ library, shell: 'browser', version: 'test' }) }
}

/** Runs a call that must succeed and returns its typed value. */
async function ok<N extends CallName>(
  h: Handlers,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const res = await dispatch(h, name, input)
  if (!res.ok) throw new Error(res.error.message)
  return res.value as CallOutput<N>
}

describe('import with review', () => {
  it('previews a page as articles with stats and writes nothing', async () => {
    const { library, h } = setup()
    const res = await ok(h, 'import.preview', { fileName: '版面.txt', base64 })
    expect(res.drafts.map((d) => d.title)).toEqual([
      '南江“千亿级”产业集群加速成形',
      '园区扩能 再造发展空间',
      '市物流协会：以高效物流网络为产业发展提速、为群众生活增便',
      '“枢纽建设”会长谈',
      '为县域经济发展注入金融活水',
    ])
    expect(res.stats).toMatchObject({ articles: 5, captions: 2 })
    expect(res).toMatchObject({ format: 'txt', encoding: 'utf-8' })
    expect(countArticles(library.db)).toBe(0)
  })

  it('previews one article with split none and applies file-wide metadata', async () => {
    const { h } = setup()
    const res = await ok(h, 'import.preview', {
      fileName: '版面.txt',
      base64,
      split: 'none',
      publication: '南江日报',
      publishedOn: '2024-05-21',
      page: '3',
    })
    expect(res.drafts).toHaveLength(1)
    expect(res.drafts[0]).toMatchObject({
      publication: '南江日报',
      publishedOn: '2024-05-21',
      page: '3',
    })
  })

  it('commits edited drafts (merged, renamed, one dropped) in one transaction', async () => {
    const { library, h } = setup()
    const prev = await ok(h, 'import.preview', { fileName: '版面.txt', base64 })
    const [a, b, , d] = prev.drafts
    const merged = { ...a!, title: '南江产业集群（合并）', blocks: [...a!.blocks, ...b!.blocks] }
    const res = await ok(h, 'import.commit', {
      fileName: '版面.txt',
      base64,
      publication: '南江日报',
      drafts: [merged, { ...d!, publication: '南江晚报' }],
    })
    expect(res.imported.map((x) => x.title)).toEqual(['南江产业集群（合并）', '“枢纽建设”会长谈'])
    const saved = getArticle(library.db, res.imported[0]!.id)
    expect(saved.publication).toBe('南江日报')
    expect(saved.blocks).toEqual(merged.blocks)
    expect(getArticle(library.db, res.imported[1]!.id).publication).toBe('南江晚报')
    expect(countArticles(library.db)).toBe(2)
  })

  it('refuses an empty proposal, an empty article and a bad date, writing nothing', async () => {
    const { library, h } = setup()
    const prev = await ok(h, 'import.preview', { fileName: '版面.txt', base64 })
    const first = prev.drafts[0]!
    const none = await dispatch(h, 'import.commit', { fileName: '版面.txt', base64, drafts: [] })
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const empty = await dispatch(h, 'import.commit', {
      fileName: '版面.txt',
      base64,
      drafts: [first, { ...first, title: '空的', blocks: [] }],
    })
    expect(empty).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } })
    if (!empty.ok) expect(empty.error.message).toBe('版面.txt: the article "空的" has no text')
    const badDate = await dispatch(h, 'import.commit', {
      fileName: '版面.txt',
      base64,
      drafts: [{ ...first, publishedOn: '2024-02-30' }],
    })
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(countArticles(library.db)).toBe(0)
  })

  it('names the file when the bytes cannot be read', async () => {
    const { h } = setup()
    const res = await dispatch(h, 'import.preview', {
      fileName: '坏文件.txt',
      base64: Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01]).toString('base64'),
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } })
    if (!res.ok) expect(res.error.message).toMatch(/^坏文件\.txt: /)
  })
})
