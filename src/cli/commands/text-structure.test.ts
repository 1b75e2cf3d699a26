import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

const json = async (...argv: string[]) => JSON.parse((await run(...argv, '--json')).out)

describe('pizhu text split / merge / undo', () => {
  it('merges the next article, splits it off again and undoes both, keeping highlights', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect(
      (await run('--library', lib, 'import', fixture('text/page-two-features.txt'))).code,
    ).toBe(0)
    const add = await run('--library', lib, 'highlight', 'add', '2', '--quote', '河长+检察长')
    expect(add.code).toBe(0)

    const merged = await run('--library', lib, 'text', 'merge', '1')
    expect(merged.out).toBe('merged article 2 into 1; 1 highlight(s) moved\n')
    const [h] = await json('--library', lib, 'highlight', 'list', '--article', '1')
    expect(h).toMatchObject({ articleId: 1, exact: '河长+检察长', anchor: 'ok' })
    const found = await json('--library', lib, 'search', '碧水长流')
    expect(found.hits.map((x: { articleId: number }) => x.articleId)).toEqual([1])

    const undone = await run('--library', lib, 'text', 'undo', '1')
    expect(undone.out).toContain('undid the merge of article 1')
    const [back] = await json('--library', lib, 'highlight', 'list', '--article', '2')
    expect(back).toMatchObject({ id: h.id, exact: '河长+检察长' })

    const split = await json(
      '--library',
      lib,
      'text',
      'split',
      '2',
      '--at',
      '2',
      '--title',
      '协作机制',
    )
    expect(split).toMatchObject({ kind: 'split', articleId: 2, highlightsMoved: 1 })
    const shown = await json('--library', lib, 'show', String(split.otherId))
    expect(shown.title).toBe('协作机制')
    expect(shown.text.startsWith('东湖区还建立了')).toBe(true)
    expect((await run('--library', lib, 'text', 'undo', String(split.otherId))).code).toBe(0)
    expect((await json('--library', lib, 'show', '2')).blocks).toHaveLength(5)
  })

  it('merges two articles that both have a note, combining the notes; undo splits them again', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    await run('--library', lib, 'import', fixture('text/page-two-features.txt'))
    expect((await run('--library', lib, 'note', 'set', '1', '科技创新要点')).code).toBe(0)
    expect((await run('--library', lib, 'note', 'set', '2', '河长制经验')).code).toBe(0)
    expect((await run('--library', lib, 'text', 'merge', '1')).code).toBe(0)
    const note = await run('--library', lib, 'note', 'show', '1')
    expect(note.out).toBe('科技创新要点\n—— 河长制，让碧水长流 ——\n河长制经验\n')
    expect((await run('--library', lib, 'text', 'undo', '1')).code).toBe(0)
    expect((await run('--library', lib, 'note', 'show', '1')).out).toBe('科技创新要点\n')
    expect((await run('--library', lib, 'note', 'show', '2')).out).toBe('河长制经验\n')
  })

  it('names the problem with bad input and changes nothing', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    await run('--library', lib, 'import', fixture('text/page-two-features.txt'))
    const noAt = await run('--library', lib, 'text', 'split', '1')
    expect(noAt.err).toContain('text split needs --at BLOCK')
    const noTitle = await run('--library', lib, 'text', 'split', '1', '--at', '1')
    expect(noTitle.err).toContain('is not a heading: give the new article a title')
    const last = await run('--library', lib, 'text', 'merge', '2')
    expect(last.err).toContain('last article of its source file')
    const nothing = await run('--library', lib, 'text', 'undo', '1')
    expect(nothing.err).toContain('article 1 has no split or merge to undo')
    const bad = await run('--library', lib, 'text', 'merge', 'x')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toContain('ARTICLE_ID must be a positive whole number')
    expect((await json('--library', lib, 'list')).length).toBe(2)
  })
})
