import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { run } from '../../tests/helpers/cli'

const page = fixture('text/page-county-news.txt')

describe('pizhu import with text flags', () => {
  it('--dry-run --json prints the proposal and writes no article', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const res = await run('--library', lib, 'import', '--dry-run', '--json', page)
    expect(res.code).toBe(0)
    const json = JSON.parse(res.out) as {
      dryRun: boolean
      files: {
        articles: {
          title: string
          byline: string | null
          paragraphs: string[]
          captions: string[]
        }[]
      }[]
    }
    const articles = json.files[0]!.articles
    expect(articles).toHaveLength(5)
    expect(articles[0]!.captions).toEqual(['南江港集装箱码头', '南江智能制造产业园效果图'])
    expect(articles[2]!.byline).toBe('张明远 李若溪 王一舟')
    expect(articles[4]!.paragraphs[0]).toBe('春回大地，万物复苏。')
    expect(JSON.parse((await run('--library', lib, 'list', '--json')).out)).toEqual([])
  })

  it('--dry-run prints a readable proposal', async () => {
    const res = await run('--library', join(tempDir(), 'l.sqlite'), 'import', '--dry-run', page)
    expect(res.out).toMatch(/5 article\(s\) proposed/)
    expect(res.out).toMatch(/kicker: 聚焦县域 振兴实体/)
    expect(res.out).toMatch(/dry run: nothing was written/)
  })

  it('imports with --split none, --publication and --date', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const res = await run(
      '--library',
      lib,
      'import',
      '--split',
      'none',
      '--publication',
      '南江日报',
      '--date',
      '2024-05-21',
      page,
    )
    expect(res.code).toBe(0)
    const rows = JSON.parse((await run('--library', lib, 'list', '--json')).out) as {
      publication: string
      publishedOn: string
    }[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ publication: '南江日报', publishedOn: '2024-05-21' })
  })

  it('splits a page into articles by default', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', page)).out).toMatch(/5 article\(s\) imported/)
  })

  it('refuses bad flag values as usage errors, writing nothing', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    const split = await run('--library', lib, 'import', '--split', 'pages', page)
    expect(split.code).toBe(2)
    expect(split.err).toMatch(/--split must be auto or none/)
    const date = await run('--library', lib, 'import', '--date', '2024-13-01', page)
    expect(date.code).toBe(2)
    expect(date.err).toMatch(/--date must be a date written YYYY-MM-DD/)
    expect(JSON.parse((await run('--library', lib, 'list', '--json')).out)).toEqual([])
  })
})
