// A policy export's CSV and JSON carry each mention's policy: its label,
// place, issuing body and date (other exports keep their columns, see
// formats.test.ts).
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../../tests/helpers/csv'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { listPolicies, setIssuing } from '../db/repos/policies'
import { importPaths } from '../import/pipeline'
import { acceptAll } from '../policy-registry/registry'
import { parseAnnotationFile } from '../sharing/annotation-file'
import { CSV_HEADER, POLICY_CSV_HEADER, toCsv } from './csv'
import { gatherPolicy } from './gather-policy'
import { gatherTag } from './gather'
import { toWebAnnotations } from './web-annotation'

async function library() {
  const lib = tempLibrary()
  await importPaths(lib.db, [fixture('policy/01-news-industry.txt')])
  acceptAll(lib.db, 1)
  const policy = listPolicies(lib.db).find((p) => p.label === '重点产业24条')!
  setIssuing(lib.db, policy.id, { issuer: '岷州市人民政府办公室', issued: '2023-03-15' })
  return { lib, policy }
}

const csvRows = (bytes: Uint8Array): string[][] =>
  parseCsv(
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  )

describe('policy exports', () => {
  it('add 政策/地区/发文机关/发文日期 to every CSV row', async () => {
    const { lib, policy } = await library()
    const rows = csvRows(toCsv(gatherPolicy(lib.db, '重点产业24条', '2026-11-26T00:00:00Z')))
    expect(rows[0]).toEqual([...CSV_HEADER, ...POLICY_CSV_HEADER])
    expect(rows.length - 1).toBe(policy.mentions)
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_HEADER.length + 4)
      expect(row.slice(-4)).toEqual(['重点产业24条', '岷州', '岷州市人民政府办公室', '2023-03-15'])
    }
    // The same highlights exported by tag keep today's columns exactly.
    const byTag = csvRows(toCsv(gatherTag(lib.db, '政策要点/重点产业24条', '2026-11-26T00:00:00Z')))
    expect(byTag[0]).toEqual([...CSV_HEADER])
    expect(byTag.slice(1).map((r) => r.length)).toEqual(byTag.slice(1).map(() => CSV_HEADER.length))
  })

  it('list the policies in the JSON collection, with JSON-LD terms for their fields', async () => {
    const { lib, policy } = await library()
    const json = toWebAnnotations(gatherPolicy(lib.db, '重点产业24条', '2026-11-26T00:00:00Z'))
    const doc = JSON.parse(json) as {
      '@context': [string, Record<string, unknown>]
      'pizhu:policies': Record<string, unknown>[]
      total: number
    }
    expect(doc['pizhu:policies']).toEqual([
      {
        label: '重点产业24条',
        kind: 'n-articles',
        place: '岷州',
        issuer: '岷州市人民政府办公室',
        issued: '2023-03-15',
        mentions: policy.mentions,
        firstDate: policy.firstDate,
        lastDate: policy.lastDate,
      },
    ])
    const context = doc['@context'][1]
    expect(context['pizhu:policies']).toEqual({ '@container': '@list' })
    for (const term of ['kind', 'place', 'issuer', 'issued', 'mentions', 'firstDate', 'lastDate'])
      expect(context[term]).toBe(`pizhu:${term}`)
    // A colleague's Pizhu still reads the file.
    expect(parseAnnotationFile('policy.json', json)).toHaveLength(doc.total)

    const byTag = JSON.parse(
      toWebAnnotations(gatherTag(lib.db, '政策要点/重点产业24条', '2026-11-26T00:00:00Z')),
    ) as Record<string, unknown>
    expect(byTag).not.toHaveProperty('pizhu:policies')
    expect(byTag['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { pizhu: 'https://pizhu.local/ns#' },
    ])
  })
})
