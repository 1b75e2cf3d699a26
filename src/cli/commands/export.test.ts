import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../tests/helpers/csv'
import { run } from '../../../tests/helpers/cli'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { pdfText } from '../../../tests/helpers/pdf-text'

/** A library with the notice imported and three highlights, two tagged 营商环境. */
async function library(): Promise<string> {
  const lib = join(tempDir(), 'lib.sqlite')
  expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
  const add = async (quote: string, ...more: string[]): Promise<void> => {
    const r = await run('--library', lib, 'highlight', 'add', '1', '--quote', quote, ...more)
    expect(r.err).toBe('')
  }
  await add('企业开办时间压缩至1个工作日以内', '--tag', '营商环境', '--note', '比省里要求更快')
  await add('设立“办不成事”反映窗口', '--tag', '营商环境/政务服务', '--color', 'green')
  await add('市财政每年安排不少于5亿元的产业发展专项资金')
  return lib
}

describe('pizhu export', () => {
  it('exports an article, a tag and a search in every text format', async () => {
    const lib = await library()
    const dir = tempDir()
    const md = join(dir, 'article.md')
    const r = await run('--library', lib, 'export', '--format', 'md', '--article', '1', '-o', md)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/exported 3 highlights to .*article\.md/)
    const text = readFileSync(md, 'utf8')
    expect(text).toMatch(/^---\ntitle: "《南江市出台优化营商环境“24条”措施》批注摘录"/)
    expect(text.indexOf('企业开办时间')).toBeLessThan(text.indexOf('办不成事'))

    const csv = join(dir, 'tag.csv')
    expect(
      (await run('--library', lib, 'export', '--format', 'csv', '--tag', '营商环境', '-o', csv))
        .code,
    ).toBe(0)
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''))
    expect(rows.map((row) => row[0])).toEqual([
      '引文',
      '企业开办时间压缩至1个工作日以内',
      '设立“办不成事”反映窗口',
    ])
    expect(rows[1]![1]).toBe('比省里要求更快')

    const json = join(dir, 'query.json')
    expect(
      (await run('--library', lib, 'export', '--format', 'json', '--query', '专项资金', '-o', json))
        .code,
    ).toBe(0)
    const doc = JSON.parse(readFileSync(json, 'utf8')) as {
      total: number
      first: { items: { target: { selector: { exact?: string }[] } }[] }
    }
    expect(doc.total).toBe(1)
    expect(doc.first.items[0]!.target.selector[0]!.exact).toBe(
      '市财政每年安排不少于5亿元的产业发展专项资金',
    )
  })

  it('writes Word with the official style, and never replaces a file without --force', async () => {
    const lib = await library()
    const out = join(tempDir(), '简报.docx')
    writeFileSync(out, 'keep me')
    const refused = await run(
      '--library',
      lib,
      'export',
      '--format',
      'docx',
      '--tag',
      '营商环境',
      '--style',
      'official',
      '-o',
      out,
    )
    expect(refused.code).not.toBe(0)
    expect(refused.err).toMatch(/简报\.docx: the file exists \(use --force to replace it\)/)
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    const forced = await run(
      '--library',
      lib,
      'export',
      '--format',
      'docx',
      '--tag',
      '营商环境',
      '--style',
      'official',
      '-o',
      out,
      '--force',
    )
    expect(forced.code).toBe(0)
    const text = (await mammoth.extractRawText({ path: out })).value
    expect(text).toContain('一、南江市出台优化营商环境“24条”措施')
    expect(text).toContain('（来源：《南江市出台优化营商环境“24条”措施》')
    expect(text).toContain('企业开办时间压缩至1个工作日以内')
  })

  it('prints a PDF whose text holds the quotes', async () => {
    const lib = await library()
    const out = join(tempDir(), 'article.pdf')
    const r = await run(
      '--library',
      lib,
      'export',
      '--format',
      'pdf',
      '--article',
      '1',
      '--citation',
      'endnotes',
      '-o',
      out,
    )
    expect(r.err).toBe('')
    const { pages, text } = await pdfText(readFileSync(out))
    expect(pages).toBeGreaterThan(0)
    expect(text).toContain('企业开办时间压缩至1个工作日以内')
    expect(text).toContain('注释')
  })

  it('rejects bad flags with one line naming the problem, and writes nothing', async () => {
    const lib = await library()
    const out = join(tempDir(), 'x.md')
    const cases: [string[], RegExp][] = [
      [
        ['--format', 'rtf', '--article', '1'],
        /--format must be one of docx, md, html, pdf, csv, json/,
      ],
      [
        ['--format', 'md'],
        /exactly one of --article ID, --tag T, --policy P, --query Q or --briefing ID/,
      ],
      [['--format', 'md', '--article', '1', '--tag', 'a'], /exactly one of/],
      [['--format', 'md', '--article', 'x'], /--article needs a positive whole number/],
      [
        ['--format', 'md', '--article', '1', '--style', 'fancy'],
        /--style must be plain or official/,
      ],
      [['--format', 'md', '--article', '99'], /No article with id 99/],
    ]
    for (const [flags, message] of cases) {
      const r = await run('--library', lib, 'export', ...flags, '-o', out)
      expect(r.code).not.toBe(0)
      expect(r.err).toMatch(message)
      expect(existsSync(out)).toBe(false)
    }
    const noOut = await run('--library', lib, 'export', '--format', 'md', '--article', '1')
    expect(noOut.err).toMatch(/-o FILE/)
  })
})

describe('pizhu briefing', () => {
  it('creates a briefing from a tag and a query, lists, shows it and exports it', async () => {
    const lib = await library()
    const created = await run(
      '--library',
      lib,
      'briefing',
      'create',
      '营商环境',
      '简报',
      '--tag',
      '营商环境',
      '--query',
      '专项资金',
    )
    expect(created.out).toMatch(/^created briefing 1: 营商环境 简报 \(3 quotes\)/)
    expect((await run('--library', lib, 'briefing', 'list')).out).toMatch(
      /^1\t营商环境 简报\t3 quotes\t/,
    )
    const shown = (await run('--library', lib, 'briefing', 'show', '1')).out
    expect(shown).toContain('## 营商环境')
    expect(shown).toContain('## 检索：专项资金')
    expect(shown).toContain('（来源：《南江市出台优化营商环境“24条”措施》')
    const json = JSON.parse(
      (await run('--library', lib, 'briefing', 'show', '1', '--json')).out,
    ) as { items: { kind: string }[] }
    expect(json.items.map((i) => i.kind)).toEqual(['heading', 'quote', 'quote', 'heading', 'quote'])
    const out = join(tempDir(), 'b.md')
    expect(
      (await run('--library', lib, 'export', '--format', 'md', '--briefing', '1', '-o', out)).code,
    ).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/## 一、营商环境[\s\S]*## 二、检索：专项资金/)
    const missing = await run('--library', lib, 'briefing', 'show', '7')
    expect(missing.err).toMatch(/No briefing with id 7/)
  })
})

describe('pizhu export --policy', () => {
  it('exports the mentions of one accepted policy point', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    expect((await run('--library', lib, 'policy', 'accept-all', '--article', '1')).code).toBe(0)
    const list = JSON.parse((await run('--library', lib, 'policy', 'list', '--json')).out) as {
      label: string
    }[]
    const label = list.map((p) => p.label).find((l) => l.includes('24'))!
    expect(label).toBeDefined()
    const csv = join(tempDir(), 'policy.csv')
    const r = await run('--library', lib, 'export', '--format', 'csv', '--policy', label, '-o', csv)
    expect(r.code).toBe(0)
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''))
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.slice(1).every((row) => row.join(' ').includes(label))).toBe(true)

    const id = (
      JSON.parse((await run('--library', lib, 'policy', 'list', '--json')).out) as {
        id: number
        label: string
      }[]
    ).find((p) => p.label === label)!.id
    await run(
      '--library',
      lib,
      'policy',
      'edit',
      String(id),
      '--issuer',
      '南江市政府办公室',
      '--issued',
      '2023-03-15',
    )
    const md = join(tempDir(), 'policy.md')
    expect(
      (await run('--library', lib, 'export', '--format', 'md', '--policy', label, '-o', md)).code,
    ).toBe(0)
    const text = readFileSync(md, 'utf8')
    expect(text).toContain(`政策要点“${label}”摘录`)
    expect(text).toMatch(/南江 · 发文机关：南江市政府办公室 · 发文日期：2023年3月15日 · 提及\d+次/)
    const unknown = await run(
      '--library',
      lib,
      'export',
      '--format',
      'md',
      '--policy',
      '无此政策',
      '-o',
      md + '2',
    )
    expect(unknown.code).not.toBe(0)
    expect(unknown.err).toMatch(/No accepted policy point is labelled "无此政策"/)
    const both = await run(
      '--library',
      lib,
      'export',
      '--format',
      'md',
      '--policy',
      label,
      '--tag',
      'x',
      '-o',
      csv,
    )
    expect(both.code).toBe(2)
  })
})
