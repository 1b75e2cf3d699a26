import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { openLibrary } from '../../main/core/db/open'
import { run } from '../../../tests/helpers/cli'

async function libraryWithHighlight(): Promise<string> {
  const lib = join(tempDir(), 'lib.sqlite')
  expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
  const open = openLibrary(lib)
  const text = (open.db.prepare('SELECT text FROM articles WHERE id = 1').get() as { text: string })
    .text
  const start = text.indexOf('营商环境')
  open.db
    .prepare(
      `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
       VALUES (1, ?, ?, '营商环境', 'red', '对比去年的措施', 'now', 'now')`,
    )
    .run(start, start + 4)
  open.close()
  return lib
}

describe('pizhu search and reindex', () => {
  it('finds highlights before articles, with marked snippets, as text and JSON', async () => {
    const lib = await libraryWithHighlight()
    const text = await run('--library', lib, 'search', '营商')
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/^highlights and notes: 1\n\[highlight 1\] 《南江市出台/)
    expect(text.out).toContain('【营商】')
    expect(text.out).toMatch(/\narticles: 1\n\[article 1\]/)

    const json = JSON.parse((await run('--library', lib, 'search', '去年', '--json')).out) as {
      hits: { kind: string; field: string; at: { start: number } }[]
    }
    expect(json.hits).toMatchObject([{ kind: 'note', field: 'note' }])
  })

  it('applies filter flags and rejects bad ones with a usage error', async () => {
    const lib = await libraryWithHighlight()
    const red = JSON.parse(
      (await run('--library', lib, 'search', '营商', '--color', 'red', '--json')).out,
    ) as { hits: { kind: string }[] }
    expect(red.hits.map((h) => h.kind)).toEqual(['highlight'])
    const articles = JSON.parse(
      (await run('--library', lib, 'search', '24条', '--kind', 'article', '--json')).out,
    ) as { hits: { kind: string }[] }
    expect(articles.hits.map((h) => h.kind)).toEqual(['article'])
    const none = await run('--library', lib, 'search', '营商', '--from', '2999-01-01')
    expect(none.out.trim()).toBe('no results')
    const bad = await run('--library', lib, 'search', '营商', '--kind', 'poem')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--kind must be highlight, note or article/)
    const badDate = await run('--library', lib, 'search', '营商', '--from', 'yesterday')
    expect(badDate.code).toBe(2)
    expect(badDate.err).toMatch(/--from/)
  })

  it('rebuilds the index', async () => {
    const lib = await libraryWithHighlight()
    const out = await run('--library', lib, 'reindex')
    expect(out.code).toBe(0)
    expect(out.out).toMatch(/^reindexed 1 articles and 1 highlights in \d+ ms/)
    expect((await run('--library', lib, 'search', '营商')).out).toContain('【营商】')
  })
})
