import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appErrorOfAsync } from '../../../../tests/helpers/errors'
import { fixture, tempDir, tempLibrary } from '../../../../tests/helpers/temp'
import { countArticles, getArticle, listArticles } from '../db/repos/articles'
import { importFiles, importPaths } from './pipeline'

const rowCount = (lib: ReturnType<typeof tempLibrary>, table: string): number =>
  (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('import pipeline', async () => {
  it('imports a UTF-8 article with its structure, source and counts', async () => {
    const lib = tempLibrary()
    const out = await importPaths(lib.db, [fixture('policy-notice.txt')])
    expect(out.imported).toHaveLength(1)
    const a = getArticle(lib.db, out.imported[0]!.id)
    expect(a.title).toBe('南江市出台优化营商环境“24条”措施')
    expect(a.byline).toBe('本报记者 李清和 王晓岚')
    expect(a.blocks[0]!.text).toMatch(/^近日，南江市政府办公室印发/)
    expect(a.text).toBe(a.blocks.map((b) => b.text).join('\n'))
    expect(a.charCount).toBe([...a.blocks.map((b) => b.text).join('')].length)
    expect(a.source).toMatchObject({
      fileName: 'policy-notice.txt',
      format: 'txt',
      encoding: 'utf-8',
    })
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('skips a file already imported, reporting the existing articles', async () => {
    const lib = tempLibrary()
    const first = await importPaths(lib.db, [fixture('policy-notice.txt')])
    const again = await importPaths(lib.db, [fixture('policy-notice.txt')])
    expect(again.imported).toEqual([])
    expect(again.duplicates).toEqual([
      { fileName: 'policy-notice.txt', articleIds: [first.imported[0]!.id] },
    ])
    expect(countArticles(lib.db)).toBe(1)
  })

  it.each([
    ['missing file', (dir: string) => join(dir, 'nope.txt'), /nope\.txt: no such file$/],
    [
      'folder',
      (dir: string) => (mkdirSync(join(dir, 'folder.txt')), join(dir, 'folder.txt')),
      /folder\.txt: this is a folder/,
    ],
    [
      'empty file',
      (dir: string) => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')),
      /empty\.txt: the file is empty$/,
    ],
    [
      'PNG renamed .txt',
      (dir: string) => (
        writeFileSync(
          join(dir, 'scan.txt'),
          Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
        ),
        join(dir, 'scan.txt')
      ),
      /scan\.txt: this is not a text file \(it looks like a PNG image\)$/,
    ],
    [
      'undecodable text',
      (dir: string) => (
        writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0x81, 0x30, 0x81])),
        join(dir, 'gbk.txt')
      ),
      /gbk\.txt: cannot tell the text encoding/,
    ],
    [
      'unsupported format',
      (dir: string) => (writeFileSync(join(dir, 'report.pages'), 'x'), join(dir, 'report.pages')),
      /report\.pages: \.pages cannot be imported yet/,
    ],
  ])(
    'refuses a %s with a one-line message naming it, writing nothing',
    async (_name, make, message) => {
      const lib = tempLibrary()
      const path = make(tempDir())
      const err = await appErrorOfAsync(() => importPaths(lib.db, [path]))
      expect(err.code).toBe('IMPORT_FAILED')
      expect(err.message).toMatch(message)
      expect(err.message).not.toContain('\n')
      expect(rowCount(lib, 'articles')).toBe(0)
      expect(rowCount(lib, 'sources')).toBe(0)
    },
  )

  it('writes nothing from a batch when one of its files is bad', async () => {
    const lib = tempLibrary()
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x81, 0x30, 0x81]))
    const err = await appErrorOfAsync(() =>
      importPaths(lib.db, [fixture('policy-notice.txt'), join(dir, 'bad.txt')]),
    )
    expect(err.file).toBe(join(dir, 'bad.txt'))
    expect(countArticles(lib.db)).toBe(0)
    expect(rowCount(lib, 'sources')).toBe(0)
  })

  it('rolls back the whole import when a write fails half-way', async () => {
    const lib = tempLibrary()
    lib.db.exec(`CREATE TRIGGER fail_second AFTER INSERT ON articles
      WHEN (SELECT count(*) FROM articles) > 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const bytes = readFileSync(fixture('policy-notice.txt'))
    const other = Buffer.from('第二篇文章\n正文一段。\n')
    await expect(
      importFiles(lib.db, [
        { fileName: 'a.txt', path: null, bytes },
        { fileName: 'b.txt', path: null, bytes: other },
      ]),
    ).rejects.toThrow(/disk full/)
    expect(countArticles(lib.db)).toBe(0)
    expect(rowCount(lib, 'sources')).toBe(0)
  })

  it('lists newest imports first and keeps file order within an import', async () => {
    const lib = tempLibrary()
    await importFiles(lib.db, [
      { fileName: 'one.txt', path: null, bytes: Buffer.from('第一篇\n正文。') },
      { fileName: 'two.txt', path: null, bytes: Buffer.from('第二篇\n正文。') },
    ])
    const titles = listArticles(lib.db).map((a) => a.title)
    expect(titles).toEqual(['第一篇', '第二篇'])
  })
})
