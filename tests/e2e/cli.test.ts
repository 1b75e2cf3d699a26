// The built `pizhu` command, run as a user would after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, repoRoot, tempDir } from '../helpers/temp'

const bin = join(repoRoot, 'bin', 'pizhu.js')

function pizhu(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
}

describe('pizhu (built)', () => {
  it('round-trips import and list --json through npx pizhu', () => {
    const lib = join(tempDir(), 'library.sqlite')
    const out = execFileSync(
      'npx',
      ['--no-install', 'pizhu', '--library', lib, 'import', fixture('policy-notice.txt')],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    )
    expect(out).toMatch(/1 article\(s\) imported/)
    const list = JSON.parse(
      execFileSync('npx', ['--no-install', 'pizhu', 'list', '--json'], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, PIZHU_LIBRARY: lib },
      }),
    ) as { title: string }[]
    expect(list.map((a) => a.title)).toEqual(['南江市出台优化营商环境“24条”措施'])
  })

  it('exits non-zero with a one-line message for a missing file', () => {
    const lib = join(tempDir(), 'library.sqlite')
    const res = pizhu(['--library', lib, 'import', '/no/such/报告.txt'])
    expect(res.status).toBe(1)
    expect(res.stderr).toBe('pizhu: /no/such/报告.txt: no such file\n')
    expect(res.stdout).toBe('')
  })
})
