import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../tests/helpers/temp'
import { run } from '../../../tests/helpers/cli'

interface Out {
  articles: {
    id: number | null
    title: string
    spans: { kind: string; text: string; label: string }[]
  }[]
}

describe('pizhu policy detect', () => {
  it('prints the policy points of a file as text and JSON without importing it', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const file = fixture('policy/01-news-industry.txt')
    const text = await run('--library', lib, 'policy', 'detect', file)
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/^《岷州市重点产业“24条”落地见效》\n/)
    expect(text.out).toMatch(
      /n-articles +0\.\d\d +@\d+-\d+ +支持总部企业发展“21条” +→ 支持总部企业发展21条/,
    )
    const json = JSON.parse(
      (await run('--library', lib, 'policy', 'detect', file, '--json')).out,
    ) as Out
    expect(json.articles[0]!.id).toBeNull()
    expect(json.articles[0]!.spans.map((s) => s.label)).toContain('2+9+N')
    expect(JSON.parse((await run('--library', lib, 'list', '--json')).out)).toEqual([])
  })

  it('finds a plan’s counted targets and leaves its closing look back alone', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    const file = fixture('policy/17-implementation-plan.txt')
    const json = JSON.parse(
      (await run('--library', lib, 'policy', 'detect', file, '--json')).out,
    ) as Out
    const texts = json.articles.flatMap((a) => a.spans.map((s) => s.text))
    expect(texts).toContain('新建5G基站500个以上')
    expect(texts).toContain('“四化同步、城乡融合、五区共兴”')
    expect(texts.some((t) => t.includes('年均增长12%'))).toBe(false)
    // The title (…的若干措施), split off by import, still makes 三、… a measure.
    const measures = JSON.parse(
      (
        await run(
          '--library',
          lib,
          'policy',
          'detect',
          fixture('policy/52-provincial-measures.txt'),
          '--json',
        )
      ).out,
    ) as Out
    expect(measures.articles[0]!.spans.map((s) => s.text)).toContain('培训后就业率提高到70%')
  })

  it('reads an article from the library with --article', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    const json = JSON.parse(
      (await run('--library', lib, 'policy', 'detect', '--article', '1', '--json')).out,
    ) as Out
    expect(json.articles[0]!.id).toBe(1)
    const kinds = new Set(json.articles[0]!.spans.map((s) => s.kind))
    expect(kinds).toEqual(new Set(['n-articles', 'framework', 'slogan', 'target']))
  })

  it('names the problem for bad input', async () => {
    const dir = tempDir()
    const lib = join(dir, 'lib.sqlite')
    const missing = await run('--library', lib, 'policy', 'detect', join(dir, 'nope.txt'))
    expect(missing.code).not.toBe(0)
    expect(missing.err).toMatch(/nope\.txt: no such file/)
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    expect((await run('--library', lib, 'policy', 'detect', empty)).err).toMatch(
      /empty\.txt: the file is empty/,
    )
    expect((await run('--library', lib, 'policy', 'detect', '--article', '9')).err).toMatch(
      /No article with id 9/,
    )
    const usage = await run('--library', lib, 'policy', 'detect')
    expect(usage.code).toBe(2)
    expect(usage.err).toMatch(/needs one FILE or --article ID/)
  })

  it('accepts all suggestions of an article and lists and shows the registry', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect(
      (await run('--library', lib, 'import', fixture('policy/01-news-industry.txt'))).code,
    ).toBe(0)
    expect((await run('--library', lib, 'policy', 'list')).out.trim()).toBe('no policies')
    const accepted = await run('--library', lib, 'policy', 'accept-all', '--article', '1')
    expect(accepted.out).toMatch(/^accepted \d+ policy point\(s\) in article 1/)
    const list = await run('--library', lib, 'policy', 'list', '--kind', 'n-articles')
    expect(list.out).toMatch(
      /\[policy \d+\] 重点产业24条 {2}n-articles {2}岷州 {2}2 mention\(s\) in 1 article\(s\)/,
    )
    expect(list.out).toContain('支持总部企业发展21条')
    expect(list.out).not.toContain('2+9+N')
    const json = JSON.parse((await run('--library', lib, 'policy', 'list', '--json')).out) as {
      id: number
      label: string
    }[]
    const id = json.find((p) => p.label === '2+9+N')!.id
    const show = await run('--library', lib, 'policy', 'show', String(id))
    expect(show.out).toMatch(/【“2\+9\+N”】/)
    const tagged = JSON.parse(
      (await run('--library', lib, 'search', '24条', '--tag', '政策要点', '--json')).out,
    ) as { hits: { kind: string; tags: string[] }[] }
    expect(tagged.hits.filter((h) => h.kind === 'highlight').map((h) => h.tags)).toContainEqual([
      '重点产业24条',
    ])
    const bad = await run('--library', lib, 'policy', 'list', '--kind', 'poem')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--kind must be one of n-articles/)
  })

  it('merges two policies and splits a mention out', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    await run('--library', lib, 'import', fixture('policy/04-qa-explainer.txt'))
    await run('--library', lib, 'policy', 'accept-all', '--article', '1')
    const list = JSON.parse(
      (await run('--library', lib, 'policy', 'list', '--kind', 'n-articles', '--json')).out,
    ) as { id: number; label: string; mentions: number }[]
    const p20 = list.find((p) => p.label === '20条')!
    const p21 = list.find((p) => p.label.endsWith('21条'))!
    const merged = await run('--library', lib, 'policy', 'merge', String(p20.id), String(p21.id))
    expect(merged.out).toContain(`${p20.mentions + p21.mentions} mention(s)`)
    const shown = JSON.parse(
      (await run('--library', lib, 'policy', 'show', String(p21.id), '--json')).out,
    ) as { mentions: { highlightId: number }[] }
    const hid = shown.mentions[0]!.highlightId
    const split = await run('--library', lib, 'policy', 'split', String(hid), '旧版20条')
    expect(split.out).toMatch(/旧版20条 {2}n-articles .* 1 mention\(s\)/)
    const bad = await run('--library', lib, 'policy', 'merge', String(p21.id))
    expect(bad.code).toBe(2)
    const gone = await run('--library', lib, 'policy', 'merge', String(p20.id), String(p21.id))
    expect(gone.err).toMatch(/No policy with id/)
  })
})

describe('pizhu policy mark and edit', () => {
  it('marks a highlight as a policy point, edits the policy, and explains bad input', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    const made = await run(
      '--library',
      lib,
      'highlight',
      'add',
      '1',
      '--quote',
      '要素保障',
      '--json',
    )
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    const hl = JSON.parse(made.out) as { id: number }
    const marked = await run(
      '--library',
      lib,
      'policy',
      'mark',
      String(hl.id),
      '--kind',
      'slogan',
      '--label',
      '手工口号',
      '--place',
      '省政府',
      '--json',
    )
    expect(marked.code).toBe(0)
    const p = JSON.parse(marked.out) as {
      id: number
      label: string
      place: string
      mentions: number
    }
    expect(p).toMatchObject({ label: '手工口号', place: '省政府', mentions: 1 })
    const edited = await run(
      '--library',
      lib,
      'policy',
      'edit',
      String(p.id),
      '--label',
      '改名口号',
    )
    expect(edited.code).toBe(0)
    expect(edited.out).toMatch(/改名口号 {2}slogan {2}省政府 {2}1 mention/)
    const bad = await run(
      '--library',
      lib,
      'policy',
      'mark',
      String(hl.id),
      '--kind',
      'nope',
      '--label',
      'x',
    )
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/--kind must be one of/)
    const none = await run('--library', lib, 'policy', 'edit', '999', '--label', 'x')
    expect(none.code).not.toBe(0)
    expect(none.err).toMatch(/No policy with id 999/)
  })
})

describe('pizhu policy edit --issuer --issued', () => {
  it('stores the issuing body and date, filters by them, and names a bad date', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    expect((await run('--library', lib, 'policy', 'accept-all', '--article', '1')).code).toBe(0)
    const list = (await run('--library', lib, 'policy', 'list', '--json')).out
    const policies = JSON.parse(list) as { id: number; label: string; issued: string | null }[]
    expect(policies.every((p) => p.issued === null)).toBe(true)
    const p24 = policies.find((p) => p.label.endsWith('24条'))!
    const other = policies.find((p) => p !== p24)!
    const edited = await run(
      '--library',
      lib,
      'policy',
      'edit',
      String(p24.id),
      '--issuer',
      '达州市人民政府办公室',
      '--issued',
      '2023-03-15',
    )
    expect(edited.err).toBe('')
    expect(edited.out).toMatch(/\(issued by 达州市人民政府办公室, issued 2023-03-15\)/)
    const later = (
      await run('--library', lib, 'policy', 'list', '--issued-from', '2023-01-01', '--json')
    ).out
    expect((JSON.parse(later) as { id: number }[]).map((p) => p.id)).toEqual([p24.id])
    const before = (await run('--library', lib, 'policy', 'list', '--issued-to', '2023-03-14')).out
    expect(before.trim()).toBe('no policies')
    // Other fields stay; the label is untouched by an issuing edit.
    const shown = JSON.parse(
      (await run('--library', lib, 'policy', 'show', String(p24.id), '--json')).out,
    ) as { policy: { label: string; issuer: string; issued: string } }
    expect(shown.policy).toMatchObject({
      label: p24.label,
      issuer: '达州市人民政府办公室',
      issued: '2023-03-15',
    })
    for (const bad of ['2023-02-30', '2023/03/15', '去年']) {
      const r = await run('--library', lib, 'policy', 'edit', String(other.id), '--issued', bad)
      expect(r.code).toBe(2)
      expect(r.err.trim()).toBe(
        `pizhu: --issued must be a date as YYYY-MM-DD (got "${bad}") (see pizhu --help)`,
      )
    }
    const cleared = await run('--library', lib, 'policy', 'edit', String(p24.id), '--issued', '')
    expect(cleared.out).toMatch(/\(issued by 达州市人民政府办公室\)$/m)
    const flags = await run('--library', lib, 'policy', 'list', '--issued-from', '2023-13-01')
    expect(flags.err).toMatch(/--issued-from must be a date as YYYY-MM-DD/)
  })
})

describe('pizhu search --policy', () => {
  it('keeps the mentions of one policy and refuses to combine with --tag', async () => {
    const lib = join(tempDir(), 'lib.sqlite')
    expect((await run('--library', lib, 'import', fixture('policy-notice.txt'))).code).toBe(0)
    expect((await run('--library', lib, 'policy', 'accept-all', '--article', '1')).code).toBe(0)
    const policies = JSON.parse((await run('--library', lib, 'policy', 'list', '--json')).out) as {
      label: string
      mentions: number
    }[]
    const p24 = policies.find((p) => p.label.endsWith('24条'))!
    expect(p24.mentions).toBeGreaterThan(1)
    const hits = JSON.parse(
      (await run('--library', lib, 'search', '24条', '--policy', p24.label, '--json')).out,
    ) as { hits: { kind: string; tags: string[] }[] }
    const annotations = hits.hits.filter((h) => h.kind !== 'article')
    expect(annotations).toHaveLength(p24.mentions)
    // Search hits name a tag by its own name (the leaf under 政策要点).
    for (const h of annotations) expect(h.tags).toEqual([p24.label])
    const other = policies.find((p) => !p.label.endsWith('24条'))!
    const none = JSON.parse(
      (await run('--library', lib, 'search', '24条', '--policy', other.label, '--json')).out,
    ) as { hits: { kind: string }[] }
    expect(none.hits.filter((h) => h.kind !== 'article')).toEqual([])
    const both = await run('--library', lib, 'search', 'x', '--policy', 'a', '--tag', 'b')
    expect(both.code).not.toBe(0)
    expect(both.err).toMatch(/--policy and --tag cannot be combined/)
  })
})
