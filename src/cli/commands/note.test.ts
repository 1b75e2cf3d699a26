import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

describe('pizhu note', () => {
  it('sets, shows, finds and clears the article note', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    expect((await run('--library', lib, 'note', 'show', '1')).out).toBe('No note.\n')
    const set = await run('--library', lib, 'note', 'set', '1', '与去年方案对照，重点看落实期限')
    expect(set.code).toBe(0)
    expect((await run('--library', lib, 'note', 'show', '1')).out).toContain('落实期限')
    const json = JSON.parse((await run('--library', lib, '--json', 'note', 'show', '1')).out)
    expect(json).toMatchObject({ articleId: 1, json: null, position: null })
    const found = await run('--library', lib, '--json', 'search', '落实期限')
    expect(JSON.parse(found.out).hits.map((h: { kind: string }) => h.kind)).toEqual(['article'])
    expect((await run('--library', lib, 'note', 'clear', '1')).code).toBe(0)
    expect((await run('--library', lib, 'note', 'show', '1')).out).toBe('No note.\n')
  })

  it('names the problem for a bad id or an unknown article', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const bad = await run('--library', lib, 'note', 'show', 'x')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toContain('ARTICLE_ID must be a positive whole number')
    const missing = await run('--library', lib, 'note', 'set', '7', '笔记')
    expect(missing.code).not.toBe(0)
    expect(missing.err).toContain('No article with id 7')
  })
})
