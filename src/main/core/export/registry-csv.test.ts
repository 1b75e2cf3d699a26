import { describe, expect, it } from 'vitest'
import type { PolicySummary } from '@shared/calls/policy'
import { parseCsv } from '../../../../tests/helpers/csv'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { listPolicies, setIssuing } from '../db/repos/policies'
import { importPaths } from '../import/pipeline'
import { acceptAll } from '../policy-registry/registry'
import { exportRegistry, REGISTRY_CSV_HEADER, registryCsv, registryFileName } from './registry-csv'

const BOM = '\uFEFF'

const policy = (p: Partial<PolicySummary>): PolicySummary => ({
  id: 1,
  kind: 'n-articles',
  label: '重点产业24条',
  place: '达州',
  issuer: '',
  issued: null,
  mentions: 1,
  articles: 1,
  firstDate: null,
  lastDate: null,
  ...p,
})

/** The file's text after its BOM (which must be there), parsed. */
function rows(bytes: Uint8Array): string[][] {
  const text = Buffer.from(bytes).toString('utf8')
  expect(text.startsWith(BOM)).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  return parseCsv(text.slice(1))
}

describe('the registry as CSV', () => {
  it('has the Chinese columns and one row per policy, unknowns empty', () => {
    const out = rows(
      registryCsv([
        policy({
          issuer: '达州市人民政府办公室',
          issued: '2023-03-15',
          mentions: 3,
          articles: 2,
          firstDate: '2023-04-01',
          lastDate: '2024-01-09',
        }),
        policy({ id: 2, kind: 'framework', label: '3+3+N', place: '' }),
        policy({ id: 3, kind: 'slogan', label: '一区一枢纽一中心', place: '秦川' }),
        policy({ id: 4, kind: 'target', label: '审批时间压缩50%以上', place: '秦川' }),
      ]),
    )
    expect(out[0]).toEqual([...REGISTRY_CSV_HEADER])
    expect(out[0]).toEqual([
      '政策',
      '类型',
      '地区',
      '发文机关',
      '发文日期',
      '提及次数',
      '文章数',
      '首次提及',
      '最近提及',
    ])
    expect(out[1]).toEqual([
      '重点产业24条',
      '条数型政策',
      '达州',
      '达州市人民政府办公室',
      '2023-03-15',
      '3',
      '2',
      '2023-04-01',
      '2024-01-09',
    ])
    expect(out[2]).toEqual(['3+3+N', '框架体系', '', '', '', '1', '1', '', ''])
    expect(out.slice(3).map((r) => r[1])).toEqual(['提法口号', '量化目标'])
    expect(out).toHaveLength(5)
  })

  it('quotes a label with a comma or a quote, and guards every formula start', () => {
    const bytes = registryCsv([
      policy({ label: '稳经济,促发展"33条"' }),
      policy({ label: '=HYPERLINK("x")', issuer: '-1+1', place: '@地区' }),
    ])
    const raw = Buffer.from(bytes).toString('utf8')
    expect(raw).toContain('"稳经济,促发展""33条"""')
    const out = rows(bytes)
    expect(out[1]![0]).toBe('稳经济,促发展"33条"')
    expect(out[2]!.slice(0, 4)).toEqual(['\'=HYPERLINK("x")', '条数型政策', "'@地区", "'-1+1"])
  })

  it('is the header alone for an empty registry', () => {
    const raw = Buffer.from(registryCsv([])).toString('utf8')
    expect(raw).toBe(`${BOM}${REGISTRY_CSV_HEADER.join(',')}\r\n`)
  })

  it('names the file after what it holds', () => {
    expect(registryFileName({}, '2026-11-26')).toBe('政策要点登记表-2026-11-26.csv')
    expect(registryFileName({ place: '达州' }, '2026-11-26')).toBe(
      '政策要点登记表-达州-2026-11-26.csv',
    )
    expect(registryFileName({ place: '' }, '2026-11-26')).toBe(
      '政策要点登记表-未注明地区-2026-11-26.csv',
    )
    expect(
      registryFileName(
        { kind: 'target', tag: '产业政策/制造业', from: '2026-03-01', issuedTo: '2025-12-31' },
        '2026-11-26',
      ),
    ).toBe(
      '政策要点登记表-量化目标-产业政策 制造业-提及2026-03-01起-发文至2025-12-31-2026-11-26.csv',
    )
  })
})

describe('exporting the registry of a library', () => {
  it('holds exactly the policies the registry lists for the filters, in its order', async () => {
    const library = tempLibrary()
    await importPaths(library.db, [
      fixture('policy/01-news-industry.txt'),
      fixture('policy/05-news-hub.txt'),
    ])
    acceptAll(library.db, 1)
    acceptAll(library.db, 2)
    const all = listPolicies(library.db)
    const places = new Set(all.map((p) => p.place))
    expect(places.size).toBeGreaterThan(1)
    const first = all[0]!
    setIssuing(library.db, first.id, { issuer: '某市人民政府办公室', issued: '2023-03-15' })

    const everything = exportRegistry(library.db, {}, '2026-11-26')
    const everyRow = rows(everything.bytes).slice(1)
    expect(everything.policies).toBe(all.length)
    expect(everyRow.map((r) => r[0]!.replace(/^'/, ''))).toEqual(all.map((p) => p.label))
    expect(everyRow[0]!.slice(3, 5)).toEqual(['某市人民政府办公室', '2023-03-15'])

    const place = first.place
    const filtered = exportRegistry(library.db, { place, kind: 'n-articles' }, '2026-11-26')
    const expected = listPolicies(library.db, { place, kind: 'n-articles' })
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(all.length)
    const filteredRows = rows(filtered.bytes).slice(1)
    expect(filteredRows.map((r) => r[0])).toEqual(expected.map((p) => p.label))
    expect(filteredRows.every((r) => r[1] === '条数型政策' && r[2] === place)).toBe(true)
    expect(filtered.fileName).toBe(`政策要点登记表-条数型政策-${place}-2026-11-26.csv`)
    expect(filteredRows.map((r) => Number(r[5]))).toEqual(expected.map((p) => p.mentions))

    const none = exportRegistry(library.db, { place: '无此地' }, '2026-11-26')
    expect(rows(none.bytes)).toEqual([[...REGISTRY_CSV_HEADER]])
    expect(none.policies).toBe(0)
  })
})
