import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

/** A library with article 1 and two highlights tagged under 营商环境. */
async function library(): Promise<string> {
  const lib = join(tempDir(), 'lib.sqlite')
  expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
  const tag = (quote: string, ...tags: string[]) =>
    run(
      '--library',
      lib,
      'highlight',
      'add',
      '1',
      '--quote',
      quote,
      ...tags.flatMap((t) => ['--tag', t]),
    )
  expect((await tag('企业开办时间', '营商环境/政务服务', '重点')).code).toBe(0)
  expect((await tag('审批时间压缩50%以上', '营商环境/政务服务', '营商环境/审批')).code).toBe(0)
  return lib
}

const json = async (lib: string, ...argv: string[]): Promise<unknown> => {
  const r = await run('--library', lib, '--json', ...argv)
  expect(r.code, r.err).toBe(0)
  return JSON.parse(r.out)
}

describe('pizhu tag', () => {
  it('lists the tree with counts, as text and JSON', async () => {
    const lib = await library()
    const text = await run('--library', lib, 'tag', 'list')
    expect(text.out).toMatch(
      /^营商环境 {2}#\d+ {2}0 highlights, 0 articles; with 2 sub-tags: 2 highlights, 0 articles\n/,
    )
    expect(text.out).toMatch(/\n {2}政务服务 {2}#\d+ {2}2 highlights, 0 articles\n/)
    const tags = (await json(lib, 'tag', 'list')) as { path: string; highlightsWithin: number }[]
    expect(tags.map((t) => [t.path, t.highlightsWithin])).toEqual([
      ['营商环境', 2],
      ['营商环境/审批', 1],
      ['营商环境/政务服务', 2],
      ['重点', 1],
    ])
  })

  it('renames, moves, colours and merges by path or id; search follows the new names', async () => {
    const lib = await library()
    expect((await run('--library', lib, 'tag', 'rename', '营商环境/审批', '审批改革')).out).toBe(
      'renamed to "营商环境/审批改革" (#4)\n',
    )
    const found = (await json(lib, 'search', '审批改革')) as { hits: { kind: string }[] }
    expect(found.hits.map((h) => h.kind)).toEqual(['highlight'])
    expect((await run('--library', lib, 'tag', 'move', '重点', '--to', '营商环境')).code).toBe(0)
    expect((await run('--library', lib, 'tag', 'color', '营商环境/重点', 'red')).out).toContain(
      'colour red on "营商环境/重点"',
    )
    expect((await run('--library', lib, 'tag', 'move', '营商环境/重点', '--top')).code).toBe(0)
    const merged = await run('--library', lib, 'tag', 'merge', '重点', '2')
    expect(merged.out).toBe('merged "重点" into "营商环境/政务服务" (#2)\n')
    const tags = (await json(lib, 'tag', 'list')) as { path: string; highlights: number }[]
    expect(tags.map((t) => `${t.path}:${t.highlights}`)).toEqual([
      '营商环境:0',
      '营商环境/审批改革:1',
      '营商环境/政务服务:2',
    ])
  })

  it('refuses clashes and cycles with one line naming the tags', async () => {
    const lib = await library()
    const clash = await run('--library', lib, 'tag', 'rename', '营商环境/审批', '政务服务')
    expect(clash.code).toBe(1)
    expect(clash.err).toBe(
      'pizhu: Cannot make "营商环境/审批" into "营商环境/政务服务": "营商环境/政务服务" already exists; merge the two tags instead\n',
    )
    const cycle = await run('--library', lib, 'tag', 'move', '营商环境', '--to', '营商环境/审批')
    expect(cycle.code).toBe(1)
    expect(cycle.err).toContain('a tag cannot go under itself or one of its sub-tags')
    const missing = await run('--library', lib, 'tag', 'merge', '不存在', '重点')
    expect(missing.err).toMatch(/^pizhu: No tag "不存在"/)
    const usage = await run('--library', lib, 'tag', 'move', '重点')
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--to PARENT_PATH or --top')
    expect((await run('--library', lib, 'tag', 'color', '重点', 'pink')).err).toContain(
      'COLOR must be one of red, orange',
    )
    expect((await run('--library', lib, 'tag', 'frobnicate')).code).toBe(2)
  })

  it('deletes only with --yes, printing the counts first', async () => {
    const lib = await library()
    const dry = await run('--library', lib, 'tag', 'delete', '营商环境')
    expect(dry.code).toBe(1)
    expect(dry.out).toBe(
      'Would delete "营商环境" and 2 sub-tags: 2 highlights and 0 articles would lose the tag (they are kept)\n',
    )
    expect(dry.err).toBe('pizhu: nothing deleted; run again with --yes to delete\n')
    expect(((await json(lib, 'tag', 'list')) as unknown[]).length).toBe(4)
    const done = await run('--library', lib, 'tag', 'delete', '营商环境', '--yes')
    expect(done.code).toBe(0)
    expect(done.out).toContain('Deleted "营商环境" and 2 sub-tags')
    expect(((await json(lib, 'tag', 'list')) as { path: string }[]).map((t) => t.path)).toEqual([
      '重点',
    ])
    const highlights = (await json(lib, 'highlight', 'list')) as { tags: string[] }[]
    expect(highlights.map((h) => h.tags)).toEqual([['重点'], []])
  })

  it("shows, sets and clears an article's tags", async () => {
    const lib = await library()
    expect((await run('--library', lib, 'tag', 'article', '1')).out).toBe(
      'Article 1 has no tags.\n',
    )
    const set = await run('--library', lib, 'tag', 'article', '1', '地区/南江', '营商环境')
    expect(set.out).toBe('地区/南江\n营商环境\n')
    expect(await json(lib, 'tag', 'article', '1')).toEqual({
      articleId: 1,
      tags: ['地区/南江', '营商环境'],
    })
    const found = (await json(lib, 'search', '南江', '--kind', 'article')) as { hits: unknown[] }
    expect(found.hits).toHaveLength(1)
    expect((await run('--library', lib, 'tag', 'article', '1', '--clear')).code).toBe(0)
    expect((await run('--library', lib, 'tag', 'article', '1')).out).toBe(
      'Article 1 has no tags.\n',
    )
    const byId = await run('--library', lib, 'tag', 'article', '1', '3', '2024')
    expect(byId.out).toBe('2024\n重点\n') // tag #3 is 重点; no tag #2024, so a new tag "2024"
    const missing = await run('--library', lib, 'tag', 'article', '9', '甲')
    expect(missing.err).toBe('pizhu: No article with id 9\n')
    expect((await run('--library', lib, 'tag', 'article', '1', '甲', '--clear')).code).toBe(2)
  })
})
