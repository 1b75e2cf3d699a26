import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

const titles = async (lib: string): Promise<string[]> =>
  (JSON.parse((await run('--library', lib, 'list', '--json')).out) as { title: string }[])
    .map((a) => a.title)
    .sort()

describe('pizhu library export / import', () => {
  it('moves a whole library to a fresh install through one portable file', async () => {
    const dir = tempDir()
    const lib = join(dir, 'old', 'library.sqlite')
    await run('--library', lib, 'import', fixture('policy-notice.txt'))
    await run('--library', lib, 'import', fixture('investment-promotion.txt'))
    const file = join(dir, '我的资料库.pizhu.tar')
    const exported = await run('--library', lib, 'library', 'export', file)
    expect(exported).toMatchObject({ code: 0, out: `exported 2 articles to ${file}\n` })
    // any tar tool can read it
    expect(execFileSync('tar', ['-tf', file], { encoding: 'utf8' })).toBe(
      'manifest.json\nlibrary.sqlite\n',
    )
    const manifest = JSON.parse(
      execFileSync('tar', ['-xOf', file, 'manifest.json'], { encoding: 'utf8' }),
    ) as { format: string; counts: Record<string, number> }
    expect(manifest).toMatchObject({ format: 'pizhu-library-export', counts: { articles: 2 } })

    const again = await run('--library', lib, 'library', 'export', file)
    expect(again.code).toBe(1)
    expect(again.err).toContain(`${file}: already exists`)

    const fresh = join(dir, 'new', 'library.sqlite')
    const imported = await run('--library', fresh, 'library', 'import', file)
    expect(imported).toMatchObject({ code: 0, out: `imported 2 articles from ${file}\n` })
    expect(await titles(fresh)).toEqual(await titles(lib))

    const refused = await run('--library', fresh, 'library', 'import', file)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('add --replace')
    expect((await run('--library', fresh, 'library', 'import', file, '--replace')).code).toBe(0)
  })

  it('refuses a damaged export or a file that is not one, naming it, and changes nothing', async () => {
    const dir = tempDir()
    const lib = join(dir, 'library.sqlite')
    await run('--library', lib, 'import', fixture('policy-notice.txt'))
    const file = join(dir, 'export.tar')
    await run('--library', lib, 'library', 'export', file)
    const bytes = readFileSync(file)
    bytes[bytes.length - 2048] ^= 0xff // inside library.sqlite's last page
    const damaged = join(dir, 'damaged.tar')
    writeFileSync(damaged, bytes)

    const fresh = join(dir, 'fresh.sqlite')
    const res = await run('--library', fresh, 'library', 'import', damaged)
    expect(res.code).toBe(1)
    expect(res.err).toBe(
      `pizhu: ${damaged}: the library inside is damaged (checksum does not match the manifest)\n`,
    )
    const notTar = await run('--library', fresh, 'library', 'import', fixture('policy-notice.txt'))
    expect(notTar.err).toMatch(
      /policy-notice\.txt: not a Pizhu library export \(not a tar archive\)/,
    )
    expect(await titles(fresh)).toEqual([])
  })
})
