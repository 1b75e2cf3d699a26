import { existsSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

describe('pizhu backup / restore', () => {
  it('backs up to a file, refuses to overwrite it, and restores it keeping the current library', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    await run('--library', lib, 'import', fixture('policy-notice.txt'))
    const file = join(dir, '备份.sqlite')
    const made = await run('--library', lib, 'backup', file)
    expect(made).toMatchObject({ code: 0, out: `backed up to ${file}\n` })
    const again = await run('--library', lib, 'backup', file)
    expect(again.code).toBe(1)
    expect(again.err).toBe(
      `pizhu: ${file}: already exists; choose a new file name (a backup never overwrites a file)\n`,
    )

    await run('--library', lib, 'import', fixture('investment-promotion.txt'))
    const restored = await run('--library', lib, 'restore', file)
    expect(restored.code).toBe(0)
    expect(restored.out).toMatch(/^restored .*备份\.sqlite \(1 articles\); the replaced library/)
    const list = JSON.parse((await run('--library', lib, 'list', '--json')).out) as unknown[]
    expect(list).toHaveLength(1)
    const backups = JSON.parse((await run('--library', lib, 'backup', '--list', '--json')).out) as {
      kind: string
    }[]
    expect(backups.map((b) => b.kind)).toEqual(['pre-restore'])
  })

  it('names a damaged library, points to restore --latest, and restores from it', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    await run('--library', lib, 'import', fixture('policy-notice.txt'))
    await run('--library', lib, 'import', fixture('investment-promotion.txt'))
    expect((await run('--library', lib, 'backup')).code).toBe(0)
    truncateSync(lib, Math.floor(statSync(lib).size / 3))

    const broken = await run('--library', lib, 'list')
    expect(broken.code).toBe(1)
    expect(broken.err.split('\n')).toHaveLength(2) // one line
    expect(broken.err).toContain(lib)
    expect(broken.err).toContain(`pizhu --library "${lib}" restore --latest`)

    const restored = await run('--library', lib, 'restore', '--latest')
    expect(restored.code).toBe(0)
    expect(restored.out).toMatch(/\(2 articles\); the replaced library is kept as .*\.damaged\n$/)
    expect((await run('--library', lib, 'list')).code).toBe(0)
  })

  it('refuses a file that is not a library, naming it, and changes nothing', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    await run('--library', lib, 'import', fixture('policy-notice.txt'))
    const res = await run('--library', lib, 'restore', fixture('policy-notice.txt'))
    expect(res.code).toBe(1)
    expect(res.err).toMatch(/^pizhu: .*policy-notice\.txt: not a usable library/)
    expect(existsSync(join(dir, 'backups'))).toBe(false)
    expect((await run('--library', lib, 'restore')).code).toBe(2)
  })
})
