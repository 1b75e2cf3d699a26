import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { run } from '../../tests/helpers/cli'

describe('pizhu highlight and pizhu text', () => {
  it('adds, lists, corrects text under highlights and deletes', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    const text = JSON.parse((await run('--library', lib, 'show', '1', '--json')).out).text as string
    const quote = text.slice(40, 52)

    const added = await run(
      '--library',
      lib,
      'highlight',
      'add',
      '1',
      '--quote',
      quote,
      '--color',
      'green',
      '--note',
      '值得引用',
      '--tag',
      '营商环境/政策',
      '--tag',
      '重点',
    )
    expect(added.code).toBe(0)
    expect(added.out).toMatch(/^added #1\tarticle 1\t40-52\tgreen\tok/)

    const bad = await run('--library', lib, 'highlight', 'add', '1', '--quote', '并不存在的一句话')
    expect(bad.code).toBe(1)
    expect(bad.err.trim().split('\n')).toHaveLength(1)
    expect(bad.err).toMatch(/does not occur/)

    const rows = JSON.parse((await run('--library', lib, 'highlight', 'list', '--json')).out)
    expect(rows).toMatchObject([
      {
        id: 1,
        start: 40,
        end: 52,
        exact: quote,
        color: 'green',
        noteText: '值得引用',
        tags: ['营商环境/政策', '重点'],
        anchor: 'ok',
      },
    ])
    expect(rows[0].prefix).toBe(text.slice(8, 40))
    expect(rows[0].suffix).toBe(text.slice(52, 84))

    const inside = quote.slice(3, 5)
    const dry = await run(
      '--library',
      lib,
      'text',
      'replace',
      '--article',
      '1',
      inside,
      '〇〇',
      '--dry-run',
      '--json',
    )
    expect(JSON.parse(dry.out).replacements).toBeGreaterThan(0)
    const replaced = await run('--library', lib, 'text', 'replace', '--all', inside, '〇〇')
    expect(replaced.out).toMatch(
      /^replaced \d+ occurrence\(s\) in 1 article\(s\); highlights: 0 in place, 1 moved, 0 orphaned/,
    )
    const [moved] = JSON.parse(
      (await run('--library', lib, 'highlight', 'list', '--article', '1', '--json')).out,
    )
    expect(moved).toMatchObject({ id: 1, anchor: 'moved', exact: quote.replace(inside, '〇〇') })

    const usage = await run('--library', lib, 'text', 'replace', inside, 'x')
    expect(usage.code).not.toBe(0)
    expect(usage.err).toMatch(/--article ID or --all/)

    expect((await run('--library', lib, 'highlight', 'delete', '1')).out).toMatch(/^deleted #1/)
    expect((await run('--library', lib, 'highlight', 'list')).out.trim()).toBe('No highlights.')
  })
})
