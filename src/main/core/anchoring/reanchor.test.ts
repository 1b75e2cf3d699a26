import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../tests/helpers/temp'
import { applyEdits, describeRange, reanchor, untouched, type Anchor, type TextEdit } from './index'

interface Case {
  name: string
  text: string
  highlight: string
  edits: { find: string; replace: string }[]
  status: string
  exact: string
}

const cases = JSON.parse(readFileSync(fixture('anchoring/reanchor-cases.json'), 'utf8')) as Case[]

describe('reanchor: golden cases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const start = c.text.indexOf(c.highlight)
      const anchor = describeRange(c.text, start, start + c.highlight.length)
      const edits: TextEdit[] = c.edits.map((e) => {
        const at = c.text.indexOf(e.find)
        return { start: at, end: at + e.find.length, text: e.replace }
      })
      const after = applyEdits(c.text, edits)
      const r = reanchor(after, anchor, edits)
      expect(r.status).toBe(c.status)
      expect(r.exact).toBe(c.exact)
      if (r.status !== 'orphan') expect(after.slice(r.start, r.end)).toBe(r.exact)
    })
  }

  it('finds a quote by its context when the offsets no longer help', () => {
    const text = '甲：发展。乙：推动高质量发展。丙：发展。'
    const at = text.indexOf('发展', 10)
    const anchor = describeRange(text, at, at + 2)
    // The whole text was replaced by a reordered one: no edit mapping can place it.
    const next = '丙：发展。甲：发展。乙：推动高质量发展。'
    const edits = [{ start: 0, end: text.length, text: next }]
    const r = reanchor(next, anchor, edits)
    expect(r.status).toBe('moved')
    expect(next.slice(r.start - 7, r.start)).toBe('乙：推动高质量')
  })
})

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const ALPHABET =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就年发展经济政策，。、'

describe('reanchor: 1,000 random small edits', () => {
  it('keeps every highlight whose text no edit touched, word for word', () => {
    const rand = prng(20261126)
    const pick = (n: number): number => Math.floor(rand() * n)
    const totals = { kept: 0, moved: 0, orphan: 0, untouched: 0 }
    for (const name of ['policy-notice.txt', 'investment-promotion.txt']) {
      // Eight numbered copies make a long article with many repeated phrases.
      const body = readFileSync(fixture(name), 'utf8')
      let text = Array.from({ length: 8 }, (_, i) => `第${i + 1}部分\n${body}`).join('\n')
      const highlights: { anchor: Anchor; original: string; touched: boolean; orphan: boolean }[] =
        []
      for (let i = 0; i < 120; i++) {
        const start = pick(text.length - 40)
        const anchor = describeRange(text, start, start + 2 + pick(30))
        highlights.push({ anchor, original: anchor.exact, touched: false, orphan: false })
      }
      for (let step = 0; step < 500; step++) {
        const kind = pick(3)
        const len = 1 + pick(10)
        const start = pick(text.length - len)
        const insert = Array.from({ length: len }, () => ALPHABET[pick(ALPHABET.length)]).join('')
        const edit: TextEdit =
          kind === 0
            ? { start, end: start, text: insert }
            : kind === 1
              ? { start, end: start + len, text: '' }
              : { start, end: start + len, text: insert }
        const next = applyEdits(text, [edit])
        for (const h of highlights) {
          if (h.orphan) continue
          if (!untouched(h.anchor, [edit])) h.touched = true
          const r = reanchor(next, h.anchor, [edit])
          if (r.status === 'orphan') h.orphan = true
          else h.anchor = r
        }
        text = next
      }
      for (const h of highlights) {
        if (!h.touched) {
          totals.untouched++
          expect(h.orphan).toBe(false)
          expect(h.anchor.exact).toBe(h.original)
          expect(text.slice(h.anchor.start, h.anchor.end)).toBe(h.original)
        }
        if (h.orphan) totals.orphan++
        else if (h.anchor.exact === h.original) totals.kept++
        else totals.moved++
      }
    }
    console.log(
      `random edits: ${totals.kept} kept their exact text, ${totals.moved} moved/changed, ${totals.orphan} orphans (${totals.untouched} never touched)`,
    )
    expect(totals.kept + totals.moved + totals.orphan).toBe(240)
    expect(totals.untouched).toBeGreaterThan(20)
  })
})
