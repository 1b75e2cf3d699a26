// The built `pizhu` command, run as a user would after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDocx } from '../helpers/docx'
import { newspaperHtml, printPdfOnce } from '../helpers/pdf'
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
    expect(res.stderr).toBe('[1/1] /no/such/报告.txt: failed: /no/such/报告.txt: no such file\n')
    expect(res.stdout).toMatch(/^failed \/no\/such\/报告\.txt: no such file$/m)
  })

  it('imports a PDF, a DOCX and a web page through the built bundle', async () => {
    const dir = tempDir()
    const lib = join(dir, 'library.sqlite')
    const pdf = await printPdfOnce(
      newspaperHtml({
        headline: '重庆市融资租赁行业协会隆重成立',
        paragraphs: [
          '5月30日，重庆市融资租赁行业协会成立大会召开。'.repeat(3),
          '协会将搭建政府与企业之间的桥梁。',
        ],
      }),
    )
    writeFileSync(join(dir, 'paper.pdf'), pdf)
    writeFileSync(
      join(dir, 'plan.docx'),
      await buildDocx({
        title: '实施方案',
        sections: [{ heading: '一、目标', paragraphs: ['到2027年基本建成。'] }],
      }),
    )
    copyFileSync(fixture('html/gov-notice-gbk.html'), join(dir, 'notice.html'))
    const res = pizhu(['--library', lib, 'import', dir])
    expect(res.stderr.trim().split('\n')).toEqual([
      `[1/3] ${join(dir, 'notice.html')}: 1 article(s)`,
      `[2/3] ${join(dir, 'paper.pdf')}: 1 article(s)`,
      `[3/3] ${join(dir, 'plan.docx')}: 1 article(s)`,
    ])
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(/^notice\.html \(html, gb18030\): 1 article\(s\)$/m)
    expect(res.stdout).toMatch(/^paper\.pdf \(pdf\): 1 article\(s\)$/m)
    expect(res.stdout).toMatch(/^plan\.docx \(docx\): 1 article\(s\)$/m)
    const list = JSON.parse(pizhu(['--library', lib, 'list', '--json']).stdout) as {
      title: string
    }[]
    expect(list.map((a) => a.title).sort()).toEqual(
      [
        '南江市人民政府办公室关于印发优化营商环境若干措施的通知',
        '实施方案',
        '重庆市融资租赁行业协会隆重成立',
      ].sort(),
    )
  })
})
