import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../tests/helpers/temp'
import { runCli } from './index'

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    out: (s) => (out += s + '\n'),
    err: (s) => (err += s + '\n'),
  })
  return { code, out, err }
}

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
  })
})
