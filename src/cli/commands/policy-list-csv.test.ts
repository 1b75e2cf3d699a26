import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../tests/helpers/csv'
import { run } from '../../../tests/helpers/cli'
import { fixture, tempDir } from '../../../tests/helpers/temp'

const HEADER = '政策,类型,地区,发文机关,发文日期,提及次数,文章数,首次提及,最近提及'

async function library(): Promise<string> {
  const lib = join(tempDir(), 'lib.sqlite')
  for (const f of ['policy/01-news-industry.txt', 'policy/05-news-hub.txt'])
    expect((await run('--library', lib, 'import', fixture(f))).code).toBe(0)
  for (const id of ['1', '2'])
    expect((await run('--library', lib, 'policy', 'accept-all', '--article', id)).code).toBe(0)
  return lib
}

interface Listed {
  label: string
  place: string
  mentions: number
}

describe('pizhu policy list --csv', () => {
  it('prints the filtered registry as CSV that parses back to the list', async () => {
    const lib = await library()
    const listed = JSON.parse(
      (await run('--library', lib, 'policy', 'list', '--json')).out,
    ) as Listed[]
    const place = listed[0]!.place
    const filtered = listed.filter((p) => p.place === place)
    expect(filtered.length).toBeLessThan(listed.length)

    const r = await run('--library', lib, 'policy', 'list', '--place', place, '--csv')
    expect(r.code).toBe(0)
    expect(r.out.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true)
    expect(r.out.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(r.out.slice(1))
    expect(rows[0]!.join(',')).toBe(HEADER)
    expect(rows.slice(1).map((row) => row[0]!.replace(/^'/, ''))).toEqual(
      filtered.map((p) => p.label),
    )
    expect(rows.slice(1).every((row) => row[2] === place)).toBe(true)
    expect(rows.slice(1).map((row) => Number(row[5]))).toEqual(filtered.map((p) => p.mentions))

    const none = await run('--library', lib, 'policy', 'list', '--place', '无此地', '--csv')
    expect(none.out).toBe(`\uFEFF${HEADER}\r\n`)
  })

  it('writes the file with --out, names it, and never replaces one without --force', async () => {
    const lib = await library()
    const dir = tempDir()
    const out = join(dir, '登记表.csv')
    const r = await run(
      '--library',
      lib,
      'policy',
      'list',
      '--kind',
      'framework',
      '--csv',
      '--out',
      out,
    )
    expect(r.code).toBe(0)
    expect(r.out.trim()).toMatch(/^exported \d+ polic(y|ies) to .*登记表\.csv$/)
    const stdout = await run('--library', lib, 'policy', 'list', '--kind', 'framework', '--csv')
    expect(readFileSync(out, 'utf8')).toBe(stdout.out)
    const rows = parseCsv(readFileSync(out, 'utf8').slice(1)).slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row[1] === '框架体系')).toBe(true)

    writeFileSync(out, 'mine')
    const again = await run('--library', lib, 'policy', 'list', '--csv', '--out', out)
    expect(again.code).toBe(1)
    expect(again.err.trim().split('\n')).toHaveLength(1)
    expect(again.err).toMatch(/登记表\.csv: the file exists \(use --force to replace it\)/)
    expect(readFileSync(out, 'utf8')).toBe('mine')
    const forced = await run('--library', lib, 'policy', 'list', '--csv', '--out', out, '--force')
    expect(forced.code).toBe(0)
    expect(readFileSync(out, 'utf8').startsWith(`\uFEFF${HEADER}`)).toBe(true)

    const nowhere = join(dir, 'missing', 'x.csv')
    const missing = await run('--library', lib, 'policy', 'list', '--csv', '--out', nowhere)
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/x\.csv: the folder .* does not exist/)
    expect(existsSync(nowhere)).toBe(false)
  })

  it('refuses --csv with --json, and --out without --csv, in one line', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const both = await run('--library', lib, 'policy', 'list', '--csv', '--json')
    expect(both.code).toBe(2)
    expect(both.out).toBe('')
    expect(both.err.trim().split('\n')).toHaveLength(1)
    expect(both.err).toMatch(/--csv and --json cannot be used together/)
    const out = await run('--library', lib, 'policy', 'list', '--out', join(tempDir(), 'a.csv'))
    expect(out.code).toBe(2)
    expect(out.err).toMatch(/--out needs --csv/)
  })
})
