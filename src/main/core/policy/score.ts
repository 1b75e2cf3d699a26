/**
 * Scores recognizer output against hand-labelled spans. A prediction matches
 * a labelled span when the kind is the same, the ranges overlap and the
 * labels agree (targets are matched on kind and overlap only: their label is
 * the phrase itself, whose exact start is a matter of taste). Each labelled
 * span is matched at most once.
 */
import type { PolicyKind, PolicySpan } from './types'

export interface GoldSpan {
  kind: PolicyKind
  start: number
  end: number
  label: string
}

export interface Score {
  truePositives: number
  predicted: number
  labelled: number
  /** Predictions that matched nothing, and labelled spans nothing matched (for diagnosis). */
  falsePositives: PolicySpan[]
  missed: GoldSpan[]
}

/** Labels compared without quotes, spaces or full-width digits. */
export function comparableLabel(label: string): string {
  return label
    .replace(/[０-９％＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s“”"‘’'「」『』《》]/gu, '')
}

function matches(p: PolicySpan, g: GoldSpan): boolean {
  if (p.kind !== g.kind || p.end <= g.start || p.start >= g.end) return false
  return p.kind === 'target' || comparableLabel(p.label) === comparableLabel(g.label)
}

/** Compares predictions with labelled spans of one text. */
export function scoreSpans(predicted: readonly PolicySpan[], gold: readonly GoldSpan[]): Score {
  const used = new Set<number>()
  const falsePositives: PolicySpan[] = []
  for (const p of predicted) {
    const i = gold.findIndex((g, j) => !used.has(j) && matches(p, g))
    if (i === -1) falsePositives.push(p)
    else used.add(i)
  }
  return {
    truePositives: used.size,
    predicted: predicted.length,
    labelled: gold.length,
    falsePositives,
    missed: gold.filter((_, j) => !used.has(j)),
  }
}
