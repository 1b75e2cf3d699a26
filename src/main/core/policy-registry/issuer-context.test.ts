import { describe, expect, it } from 'vitest'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { getPolicy, listPolicies } from '../db/repos/policies'
import { importPaths } from '../import/pipeline'
import { issuerFromContext } from './issuer-context'
import { editPolicy } from './manual'
import { acceptAll, acceptPolicyPoint, candidatesFor } from './registry'

/** The issuer found for the first “…” mention after `marker` in `text`. */
function issuerAt(text: string, marker = '简称'): string | null {
  return issuerFromContext(text, text.indexOf('“', text.indexOf(marker)))
}

describe('issuerFromContext', () => {
  it('names the body that issued the titled document the mention abbreviates', () => {
    expect(
      issuerAt(
        '近日，南江市政府办公室印发《南江市进一步优化营商环境若干措施》（以下简称“24条”），从四个方面提出举措。',
      ),
    ).toBe('南江市政府办公室')
    expect(issuerAt('省发展改革委出台《关于促进民营经济发展的若干措施》(简称“21条”)。')).toBe(
      '省发展改革委',
    )
    expect(issuerAt('日前，市商务局联合印发《稳外资若干措施》（以下简称为“十条措施”）。')).toBe(
      '市商务局',
    )
  })

  it('gives nothing when the text does not say who issued it', () => {
    // No body: a place, a person or a vague subject issued it.
    expect(
      issuerAt('该市出台《促进民营经济高质量发展的若干措施》（简称民营经济“21条”）。'),
    ).toBeNull()
    expect(issuerAt('岷州市出台《促进民营经济高质量发展的若干措施》（简称“21条”）。')).toBeNull()
    // The mention is not the short name of the title.
    expect(issuerAt('市政府办公室印发《若干措施》，其中“24条”明确…', '其中')).toBeNull()
    expect(issuerFromContext('重点产业“24条”', 4)).toBeNull()
  })
})

describe('accepting a suggestion whose text names the issuer', () => {
  it('suggests the issuer and fills it in, without replacing one a person entered', async () => {
    const lib = tempLibrary()
    await importPaths(lib.db, [
      fixture('policy-notice.txt'),
      fixture('policy/01-news-industry.txt'),
    ])
    const named = candidatesFor(lib.db, 1).filter((c) => c.issuer !== undefined)
    expect(named.map((c) => [c.text, c.issuer])).toEqual([['“24条”', '南江市政府办公室']])
    acceptAll(lib.db, 1)
    const p24 = listPolicies(lib.db).find((p) => p.label.endsWith('24条'))!
    expect(p24).toMatchObject({ issuer: '南江市政府办公室', issued: null })
    expect(listPolicies(lib.db).filter((p) => p.issuer !== '')).toHaveLength(1)

    // 01 names no issuer (该市出台…): nothing is filled in.
    acceptAll(lib.db, 2)
    expect(listPolicies(lib.db).filter((p) => p.issuer !== '')).toHaveLength(1)
  })

  it('does not replace an issuer a person entered', async () => {
    const lib = tempLibrary()
    await importPaths(lib.db, [fixture('policy-notice.txt')])
    const all = candidatesFor(lib.db, 1)
    const named = all.find((c) => c.issuer !== undefined)!
    const plain = all.find((c) => c.label === named.label && c.issuer === undefined)!
    expect(plain).toBeDefined()
    const { policyId } = acceptPolicyPoint(lib.db, { articleId: 1, ...plain })
    editPolicy(lib.db, policyId, { ...getPolicy(lib.db, policyId), issuer: '南江市人民政府' })
    acceptAll(lib.db, 1)
    expect(getPolicy(lib.db, policyId).issuer).toBe('南江市人民政府')
  })
})
