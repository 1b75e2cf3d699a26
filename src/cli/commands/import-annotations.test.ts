import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../../tests/helpers/cli'
import { fixture, tempDir } from '../../../tests/helpers/temp'

const NOTICE = fixture('policy-notice.txt')

async function exportedFrom(dir: string): Promise<string> {
  const lib = join(dir, 'theirs.sqlite')
  expect((await run('--library', lib, 'import', NOTICE)).code).toBe(0)
  const add = async (quote: string, ...more: string[]): Promise<void> => {
    expect(
      (await run('--library', lib, 'highlight', 'add', '1', '--quote', quote, ...more)).err,
    ).toBe('')
  }
  await add('企业开办时间压缩至1个工作日以内', '--tag', '营商环境', '--note', '比省里要求更快')
  await add('设立“办不成事”反映窗口', '--color', 'green')
  const file = join(dir, 'colleague.json')
  const r = await run('--library', lib, 'export', '--format', 'json', '--article', '1', '-o', file)
  expect(r.code).toBe(0)
  return file
}

describe('pizhu import-annotations', () => {
  it('merges a colleague file, then recognises it again as already there', async () => {
    const dir = tempDir()
    const file = await exportedFrom(dir)
    const mine = join(dir, 'mine.sqlite')
    expect((await run('--library', mine, 'import', NOTICE)).code).toBe(0)
    const first = await run('--library', mine, 'import-annotations', file)
    expect(first.code).toBe(0)
    expect(first.out).toContain('colleague.json: 2 added, 0 merged, 0 already there, 0 orphaned')
    const again = await run('--library', mine, '--json', 'import-annotations', file)
    expect(again.code).toBe(0)
    const s = JSON.parse(again.out) as { added: number; duplicates: number; items: unknown[] }
    expect(s).toMatchObject({ added: 0, duplicates: 2 })
    const out = join(dir, 'mine.json')
    await run('--library', mine, 'export', '--format', 'json', '--article', '1', '-o', out)
    const quotes = (f: string) =>
      (
        JSON.parse(readFileSync(f, 'utf8')) as {
          first: { items: { target: unknown; body: unknown }[] }
        }
      ).first.items.map((a) => [a.target, a.body])
    expect(quotes(out)).toEqual(quotes(file))
  })

  it('exits 1 listing orphans when the article is missing', async () => {
    const dir = tempDir()
    const file = await exportedFrom(dir)
    const empty = join(dir, 'empty.sqlite')
    const r = await run('--library', empty, 'import-annotations', file)
    expect(r.code).toBe(1)
    expect(r.out).toContain('0 added, 0 merged, 0 already there, 2 orphaned')
    expect(r.out).toContain('article not in this library')
  })

  it('refuses a file that is not a Web Annotation file with one line naming it', async () => {
    const dir = tempDir()
    const bad = join(dir, 'notes.json')
    writeFileSync(bad, JSON.stringify({ hello: 'world' }))
    const r = await run('--library', join(dir, 'lib.sqlite'), 'import-annotations', bad)
    expect(r.code).not.toBe(0)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('notes.json: not a Web Annotation file')
  })
})
