import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildZip } from '../../../../tests/helpers/zip'
import { fixture, tempDir, tempLibrary } from '../../../../tests/helpers/temp'
import { countArticles, getArticle, listArticles } from '../db/repos/articles'
import { pastedInput } from './pasted'
import { importFiles, importPaths, type ImportProgress } from './pipeline'

const rowCount = (lib: ReturnType<typeof tempLibrary>, table: string): number =>
  (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** Writes a file into a fresh temp folder and returns its path. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(tempDir(), name)
  writeFileSync(path, bytes)
  return path
}

describe('import pipeline', () => {
  it('imports a UTF-8 article with its structure, source and counts', async () => {
    const lib = tempLibrary()
    const out = await importPaths(lib.db, [fixture('policy-notice.txt')])
    expect(out.imported).toHaveLength(1)
    expect(out.failed).toEqual([])
    const a = getArticle(lib.db, out.imported[0]!.id)
    expect(a.title).toBe('南江市出台优化营商环境“24条”措施')
    expect(a.byline).toBe('本报记者 李清和 王晓岚')
    expect(a.blocks[0]!.text).toMatch(/^近日，南江市政府办公室印发/)
    expect(a.text).toBe(a.blocks.map((b) => b.text).join('\n'))
    expect(a.source).toMatchObject({
      fileName: 'policy-notice.txt',
      format: 'txt',
      encoding: 'utf-8',
    })
    expect(out.files).toEqual([
      { fileName: 'policy-notice.txt', format: 'txt', encoding: 'utf-8', articleIds: [a.id] },
    ])
  })

  it.each([
    ['gb18030.txt', 'gb18030', '国务院关于促进民营经济发展壮大的意见'],
    ['big5.txt', 'big5', '行政院推動數位轉型方案'],
    ['utf16-bom.txt', 'utf-16le', '国务院关于促进民营经济发展壮大的意见'],
  ])('records the encoding %s was read in on its source', async (name, encoding, title) => {
    const lib = tempLibrary()
    const out = await importPaths(lib.db, [fixture(`encodings/${name}`)])
    const a = getArticle(lib.db, out.imported[0]!.id)
    expect(a.title).toBe(title)
    expect(a.source?.encoding).toBe(encoding)
  })

  it('recognises the same content in another encoding as a duplicate, naming the article; force imports it', async () => {
    const lib = tempLibrary()
    const first = await importPaths(lib.db, [fixture('encodings/gb18030.txt')])
    const gbk = readFileSync(fixture('encodings/gb18030.txt'))
    // The same text as UTF-8 with Windows line endings: other bytes, same content.
    const utf8 = file('copy.txt', new TextDecoder('gb18030').decode(gbk).replace(/\n/g, '\r\n'))
    const again = await importPaths(lib.db, [utf8])
    expect(again.imported).toEqual([])
    expect(again.duplicates).toEqual([
      {
        fileName: 'copy.txt',
        articleIds: [first.imported[0]!.id],
        titles: ['国务院关于促进民营经济发展壮大的意见'],
      },
    ])
    const forced = await importPaths(lib.db, [utf8], { force: true })
    expect(forced.imported).toHaveLength(1)
    expect(countArticles(lib.db)).toBe(2)
  })

  it('skips the same bytes imported twice in one batch', async () => {
    const lib = tempLibrary()
    const out = await importPaths(lib.db, [
      fixture('policy-notice.txt'),
      fixture('policy-notice.txt'),
    ])
    expect(out.imported).toHaveLength(1)
    expect(out.duplicates).toHaveLength(1)
  })

  it('goes on after a bad file, lists it, and reports progress per file', async () => {
    const lib = tempLibrary()
    const bad = file('bad.txt', Buffer.from([0x81, 0x30, 0x81]))
    const progress: ImportProgress[] = []
    const out = await importPaths(lib.db, [bad, fixture('policy-notice.txt')], {
      onProgress: (p) => progress.push(p),
    })
    expect(out.imported).toHaveLength(1)
    expect(out.failed).toEqual([
      {
        fileName: 'bad.txt',
        message: expect.stringMatching(/^.*bad\.txt: cannot tell the text encoding/),
      },
    ])
    expect(progress.map((p) => [p.done, p.total, p.fileName, p.result.kind])).toEqual([
      [1, 2, 'bad.txt', 'failed'],
      [2, 2, 'policy-notice.txt', 'imported'],
    ])
    expect(rowCount(lib, 'sources')).toBe(1)
  })

  it('reads no further file once cancelled', async () => {
    const lib = tempLibrary()
    const controller = new AbortController()
    const inputs = ['甲', '乙'].map((t) => ({
      fileName: `${t}.txt`,
      path: null,
      bytes: Buffer.from(`${t}\n正文。`),
    }))
    controller.abort()
    const out = await importFiles(lib.db, inputs, { signal: controller.signal })
    expect(out).toEqual({ imported: [], duplicates: [], failed: [], files: [] })
    expect(countArticles(lib.db)).toBe(0)
  })

  it('rolls back only the file whose write fails half-way', async () => {
    const lib = tempLibrary()
    lib.db.exec(`CREATE TRIGGER fail_second AFTER INSERT ON articles
      WHEN NEW.title = '坏文章' BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const out = await importFiles(lib.db, [
      { fileName: 'bad.txt', path: null, bytes: Buffer.from('坏文章\n正文一段。\n') },
      { fileName: 'good.txt', path: null, bytes: Buffer.from('第二篇文章\n正文一段。\n') },
    ])
    expect(out.failed).toEqual([
      { fileName: 'bad.txt', message: 'bad.txt: could not be imported (disk full)' },
    ])
    expect(listArticles(lib.db).map((a) => a.title)).toEqual(['第二篇文章'])
    expect(rowCount(lib, 'sources')).toBe(1)
  })

  it('lists newest imports first and keeps file order within an import', async () => {
    const lib = tempLibrary()
    await importFiles(lib.db, [
      { fileName: 'one.txt', path: null, bytes: Buffer.from('第一篇\n正文。') },
      { fileName: 'two.txt', path: null, bytes: Buffer.from('第二篇\n正文。') },
    ])
    expect(listArticles(lib.db).map((a) => a.title)).toEqual(['第一篇', '第二篇'])
  })

  it('imports every supported file of a folder, recursively and sorted, skipping others', async () => {
    const lib = tempLibrary()
    const dir = tempDir()
    mkdirSync(join(dir, 'b-子目录'))
    writeFileSync(join(dir, 'c.md'), '# 第三篇\n正文。')
    writeFileSync(join(dir, 'a.txt'), '第一篇\n正文。')
    writeFileSync(join(dir, 'b-子目录', 'b.txt'), '第二篇\n正文。')
    writeFileSync(join(dir, 'photo.png'), Buffer.from('89504e47', 'hex'))
    writeFileSync(join(dir, '.hidden.txt'), '隐藏\n正文。')
    const out = await importPaths(lib.db, [dir])
    expect(out.imported.map((a) => a.title)).toEqual(['第一篇', '第二篇', '第三篇'])
    expect(out.failed).toEqual([])
  })

  it('imports pasted text with or without a title', async () => {
    const lib = tempLibrary()
    const out = await importFiles(lib.db, [
      pastedInput('一段粘贴的正文，没有标题行也可以导入。', '会议纪要'),
      pastedInput('粘贴的标题\n粘贴的正文。'),
    ])
    expect(out.imported.map((a) => a.title)).toEqual(['会议纪要', '粘贴的标题'])
    expect(out.files.map((f) => f.format)).toEqual(['paste', 'paste'])
  })

  it.each([
    ['a 100,000-character line', '长行.txt', `长行\n${'经济'.repeat(50_000)}`, 100_000],
    ['right-to-left text and emoji', 'rtl.txt', '多语言\nمرحبا بالعالم 👍🏽 שלום 合作共赢🇨🇳', 20],
  ])('imports %s intact', async (_n, name, text, minChars) => {
    const lib = tempLibrary()
    const out = await importPaths(lib.db, [file(name, text)])
    const a = getArticle(lib.db, out.imported[0]!.id)
    expect(a.charCount).toBeGreaterThanOrEqual(minChars)
    expect(a.text).toBe(text.split('\n').slice(1).join('\n'))
  })
})

/** Hostile and broken inputs: each gets one line naming the file, and nothing is written. */
describe('import refuses bad input', () => {
  const zeros = Buffer.alloc(30 * 1024 * 1024)
  const pdf = (body: string): Buffer => Buffer.from(`%PDF-1.7\n${body}`)
  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(tempDir(), 'nope.txt'), /nope\.txt: no such file$/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty$/],
    ['a blank file', () => file('blank.md', ' \n\u3000\n'), /blank\.md: the file has no text$/],
    [
      'a PNG renamed .txt',
      () => file('scan.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
      /scan\.txt: this is not a text file \(it looks like a PNG image\)$/,
    ],
    [
      'a binary file',
      () => file('data.txt', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256))),
      /data\.txt: this is not a text file \(it contains binary data\)$/,
    ],
    [
      'text with NUL bytes',
      () => file('nul.txt', Buffer.from('正文\u0000\u0000后文')),
      /nul\.txt: this is not a text file \(it contains binary data\)$/,
    ],
    [
      'mixed encodings',
      () =>
        file(
          'mixed.txt',
          Buffer.concat([
            Buffer.from('招商引资推动高质量发展。'.repeat(3)),
            Buffer.from([0xd5, 0xd0, 0xc9, 0xcc, 0xd2, 0xfd]),
          ]),
        ),
      /mixed\.txt: cannot tell the text encoding: not valid UTF-8 \(invalid byte at offset 108\)/,
    ],
    [
      'an unknown extension',
      () => file('report.pages', 'x'),
      /report\.pages: \.pages cannot be imported/,
    ],
    [
      'a truncated PDF',
      () => file('cut.pdf', pdf('1 0 obj\n<< /Type /Catalog')),
      /cut\.pdf: the PDF is truncated or damaged/,
    ],
    [
      'a damaged PDF',
      () => file('junk.pdf', pdf('garbage\n%%EOF\n')),
      /junk\.pdf: the PDF is damaged and cannot be read/,
    ],
    [
      'an encrypted PDF',
      () => file('secret.pdf', readFileSync(fixture('pdf/encrypted.pdf'))),
      /secret\.pdf: the PDF is encrypted with a password/,
    ],
    [
      'a PDF renamed .txt',
      () => file('paper.txt', pdf('x')),
      /paper\.txt: this is not a text file \(it looks like a PDF document\)$/,
    ],
    [
      'a corrupt DOCX',
      () => file('broken.docx', 'PK not really'),
      /broken\.docx: this is not a Word document/,
    ],
    [
      'a zip-bomb DOCX',
      () => file('bomb.docx', buildZip([{ name: 'word/document.xml', data: zeros }])),
      /bomb\.docx: the Word document would expand \d+ times its size \(a zip bomb\?\); the limit is 100 times$/,
    ],
    [
      'a 201 MB text file (checked before reading)',
      () => {
        const path = file('huge.txt', '')
        truncateSync(path, 201 * 1024 * 1024)
        return path
      },
      /huge\.txt: the file is too large \(201\.0 MB; the limit for \.txt files is 200 MB\)$/,
    ],
  ])('%s', async (_name, make, message) => {
    const lib = tempLibrary()
    const path = make()
    const out = await importPaths(lib.db, [path])
    expect(out.failed).toHaveLength(1)
    const { fileName, message: got } = out.failed[0]!
    expect(path.endsWith(fileName)).toBe(true)
    expect(got).toMatch(message)
    expect(got.startsWith(path)).toBe(true)
    expect(got).not.toContain('\n')
    expect(rowCount(lib, 'articles')).toBe(0)
    expect(rowCount(lib, 'sources')).toBe(0)
  })
})
