/**
 * The policy-point recognizer: runs every rule over an article's text and
 * returns non-overlapping spans in text order. A bare “24条” takes the topic
 * of an earlier mention with the same count in the same text (以下简称“24条”),
 * so all mentions of one package share a label. A slogan quoted inside a
 * target gives way to the target.
 */
import { findCountTargets } from './count-targets'
import { findFrameworks } from './frameworks'
import { findNArticles } from './n-articles'
import { findSlogans } from './slogans'
import { findTargets } from './targets'
import type { PolicySpan } from './types'

/** Spans below this confidence are not reported. */
export const MIN_CONFIDENCE = 0.6

/**
 * Every policy point in `text`, sorted by start, without overlaps (the surer,
 * then longer, wins). `title`, when the article has one apart from its text,
 * is read as the line above it: it tells the rules what kind of document this
 * is (…的若干措施 numbers its measures, …统计公报 only reports) and lends its
 * package names to bare counts, but nothing in it is reported.
 */
export function detectPolicyPoints(text: string, title = ''): PolicySpan[] {
  if (title.trim() === '' || title.includes('\n')) return spansIn(text)
  const shift = title.length + 1
  return spansIn(`${title}\n${text}`)
    .filter((s) => s.start >= shift)
    .map((s) => ({ ...s, start: s.start - shift, end: s.end - shift }))
}

function spansIn(text: string): PolicySpan[] {
  const all = [
    ...findNArticles(text),
    ...findFrameworks(text),
    ...findSlogans(text),
    ...findTargets(text),
    ...findCountTargets(text),
  ].filter((s) => s.confidence >= MIN_CONFIDENCE)
  // 培育“两业融合”试点企业一百家: the target holds the slogan; the target is the point.
  const targets = all.filter((s) => s.kind === 'target')
  const points = all.filter(
    (s) => s.kind !== 'slogan' || !targets.some((t) => t.start <= s.start && s.end <= t.end),
  )
  points.sort(
    (a, b) =>
      b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const kept: PolicySpan[] = []
  for (const s of points) {
    if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s)
  }
  kept.sort((a, b) => a.start - b.start)
  return inheritTopics(kept)
}

/** Gives a topic-less n-articles label the topic of a mention with the same count in the text. */
function inheritTopics(spans: PolicySpan[]): PolicySpan[] {
  const byCount = new Map<string, string>()
  for (const s of spans) {
    if (s.kind === 'n-articles' && !/^\d/u.test(s.label)) {
      const count = /(\d+条)$/u.exec(s.label)![1]!
      if (!byCount.has(count)) byCount.set(count, s.label)
    }
  }
  return spans.map((s) =>
    s.kind === 'n-articles' && /^\d+条$/u.test(s.label) && byCount.has(s.label)
      ? { ...s, label: byCount.get(s.label)! }
      : s,
  )
}
