import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { run, runWithStdin } from '../../tests/helpers/cli'

describe('pizhu CLI', async () => {
  it('imports, lists and shows, as text and as JSON', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const imported = await run('--library', lib, 'import', fixture('policy-notice.txt'))
    expect(imported.code).toBe(0)
    expect(imported.out).toMatch(/imported #1 南江市出台优化营商环境“24条”措施/)

    const list = await run('list', '--json', '--library', lib)
    expect(list.code).toBe(0)
    const rows = JSON.parse(list.out) as { id: number; title: string; charCount: number }[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: 1, title: '南江市出台优化营商环境“24条”措施' })
    expect(rows[0]!.charCount).toBeGreaterThan(500)

    const show = await run('--library', lib, 'show', '1')
    expect(show.out).toMatch(/^南江市出台优化营商环境“24条”措施\n本报记者 李清和 王晓岚\n\n近日/)
    const json = JSON.parse((await run('--library', lib, 'show', '1', '--json')).out) as {
      blocks: unknown[]
    }
    expect(json.blocks.length).toBeGreaterThan(3)
  })

  it('reads PIZHU_LIBRARY when no --library is given', async () => {
    const lib = join(tempDir(), 'env.sqlite')
    const before = process.env.PIZHU_LIBRARY
    process.env.PIZHU_LIBRARY = lib
    try {
      expect((await run('import', fixture('policy-notice.txt'))).code).toBe(0)
      expect(JSON.parse((await run('list', '--json')).out)).toHaveLength(1)
    } finally {
      if (before === undefined) delete process.env.PIZHU_LIBRARY
      else process.env.PIZHU_LIBRARY = before
    }
  })

  it('fails with one line naming the file and exit 1, writing nothing', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    writeFileSync(join(dir, 'pic.txt'), Buffer.from('89504e470d0a1a0a', 'hex'))
    const bad = await run('--library', lib, 'import', join(dir, 'pic.txt'))
    expect(bad.code).toBe(1)
    expect(bad.err.trim().split('\n')).toHaveLength(1)
    expect(bad.err).toContain(join(dir, 'pic.txt'))
    expect(JSON.parse((await run('--library', lib, 'list', '--json')).out)).toEqual([])
    const missing = await run('--library', lib, 'show', '42')
    expect(missing).toMatchObject({ code: 1, err: 'pizhu: No article with id 42\n' })
  })

  it('explains usage mistakes with exit 2', async () => {
    expect((await run('frobnicate')).code).toBe(2)
    expect((await run('frobnicate')).err).toMatch(/unknown command "frobnicate"/)
    expect((await run('show', 'abc', '--library', join(tempDir(), 'l.sqlite'))).code).toBe(2)
    expect((await run('--bogus')).code).toBe(2)
    expect((await run()).code).toBe(2)
    expect(await run('--help')).toMatchObject({ code: 0 })
    expect((await run('--help')).out).toMatch(/Usage: pizhu/)
    const one = await run('search', '--help')
    expect(one.code).toBe(0)
    expect(one.out).toMatch(/^Usage: pizhu \[--library PATH\] search QUERY/)
    expect(one.out).not.toMatch(/\n {2}import /)
  })

  it('imports a folder as a batch: progress on stderr, a summary, exit 1 when a file failed', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    const docs = join(dir, '资料')
    mkdirSync(join(docs, '二季度'), { recursive: true })
    writeFileSync(join(docs, '一号文件.txt'), '一号文件\n正文第一段。')
    writeFileSync(join(docs, '二季度', '通知.md'), '# 通知\n\n正文。')
    writeFileSync(join(docs, '坏文件.txt'), Buffer.from([0x81, 0x30, 0x81]))
    writeFileSync(join(docs, 'notes.xyz'), 'ignored: not a supported extension')
    const res = await run('--library', lib, 'import', docs)
    expect(res.code).toBe(1)
    expect(res.err.trim().split('\n')).toEqual([
      `[1/3] ${join(docs, '一号文件.txt')}: 1 article(s)`,
      `[2/3] ${join(docs, '二季度', '通知.md')}: 1 article(s)`,
      expect.stringMatching(
        /^\[3\/3\] .*坏文件\.txt: failed: .*坏文件\.txt: cannot tell the text encoding/,
      ),
    ])
    expect(res.out).toMatch(/^一号文件\.txt \(txt, utf-8\): 1 article\(s\)$/m)
    expect(res.out).toMatch(/^failed .*坏文件\.txt: cannot tell the text encoding/m)
    expect(res.out).toMatch(
      /2 article\(s\) imported, 0 duplicate file\(s\) skipped, 1 file\(s\) failed$/m,
    )
  })

  it('reads standard input for -, in GB18030 too, and names the duplicate unless --force', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const gbk = readFileSync(fixture('encodings/gb18030.txt'))
    const first = await runWithStdin(gbk, '--library', lib, 'import', '-')
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/^stdin \(paste, gb18030\): 1 article\(s\)$/m)
    const again = await runWithStdin(gbk, '--library', lib, 'import', '-', '--json')
    const outcome = JSON.parse(again.out) as { duplicates: { titles: string[] }[] }
    expect(outcome.duplicates[0]!.titles).toEqual(['国务院关于促进民营经济发展壮大的意见'])
    const text = await runWithStdin(gbk, '--library', lib, 'import', '-')
    expect(text.out).toMatch(
      /skipped stdin: already imported as #1 国务院关于促进民营经济发展壮大的意见 \(use --force/,
    )
    const forced = await runWithStdin(gbk, '--library', lib, 'import', '--force', '-')
    expect(forced.out).toMatch(/imported #2 /)
  })

  it('says so when a folder holds nothing to import', async () => {
    const res = await run('--library', join(tempDir(), 'l.sqlite'), 'import', tempDir())
    expect(res).toMatchObject({ code: 2 })
    expect(res.err).toMatch(/no supported files found/)
  })
})
