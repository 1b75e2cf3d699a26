/**
 * Precision and recall of the recognizer over the labelled texts in
 * tests/fixtures/policy/ (news, notices, work reports, explainers…). Each
 * `NAME.txt` has a `NAME.labels.json` listing its policy points by their
 * exact text (and which occurrence, `nth`, when the text repeats).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../tests/helpers/temp'
import { detectPolicyPoints } from './detect'
import { scoreSpans, type GoldSpan } from './score'
import type { PolicyKind } from './types'

interface LabelFile {
  style: string
  spans: { kind: PolicyKind; text: string; nth?: number; label: string }[]
}

const dir = fixture('policy')

function goldOf(name: string, text: string): GoldSpan[] {
  const labels = JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as LabelFile
  return labels.spans.map((s) => {
    let at = -1
    for (let n = 0; n <= (s.nth ?? 0); n++) {
      at = text.indexOf(s.text, at + 1)
      if (at === -1) throw new Error(`${name}: “${s.text}” occurrence ${s.nth ?? 0} not found`)
    }
    return { kind: s.kind, start: at, end: at + s.text.length, label: s.label }
  })
}

describe('recognizer quality over the labelled fixture set', () => {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))

  it('has at least 60 labelled spans across at least 8 texts', () => {
    expect(names.length).toBeGreaterThanOrEqual(8)
    const total = names.reduce(
      (n, name) => n + goldOf(name, readFileSync(join(dir, `${name}.txt`), 'utf8')).length,
      0,
    )
    expect(total).toBeGreaterThanOrEqual(60)
  })

  it('reaches precision ≥ 0.9 and recall ≥ 0.8', () => {
    let tp = 0
    let predicted = 0
    let labelled = 0
    const problems: string[] = []
    for (const name of names) {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8')
      const s = scoreSpans(detectPolicyPoints(text), goldOf(name, text))
      tp += s.truePositives
      predicted += s.predicted
      labelled += s.labelled
      for (const p of s.falsePositives)
        problems.push(`${name} false ${p.kind} “${p.text}” → ${p.label}`)
      for (const g of s.missed)
        problems.push(`${name} missed ${g.kind} “${text.slice(g.start, g.end)}” (${g.label})`)
    }
    const precision = tp / predicted
    const recall = tp / labelled
    console.log(
      `policy recognizer: ${tp} correct of ${predicted} found, ${labelled} labelled — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n` +
        problems.join('\n'),
    )
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.8)
  })
})
