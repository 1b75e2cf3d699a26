/**
 * The search bench's query classes, drawn deterministically from the
 * library's own text so every query has matches: 1-, 2-, 3- and 6-character
 * Chinese substrings, mixed digit/Latin/CJK queries, and filtered ones.
 */
import type { Database } from 'better-sqlite3'
import type { SearchRequest } from '../src/shared/calls/search'
import { mulberry32 } from './prng'

export interface QueryClass {
  name: string
  requests: SearchRequest[]
}

const HAN = /^\p{Script=Han}+$/u
const MIXED = /^(?=.*\p{Script=Han})(?=.*[0-9A-Za-z+])[\p{Script=Han}0-9A-Za-z+.%]+$/u

function substrings(texts: string[], seed: number, len: number, want: RegExp, n: number): string[] {
  const r = mulberry32(seed)
  const out: string[] = []
  for (let tries = 0; out.length < n && tries < n * 1000; tries++) {
    const t = texts[r.int(0, texts.length - 1)]!
    const start = r.int(0, Math.max(0, t.length - len))
    const s = t.slice(start, start + len)
    if (s.length === len && want.test(s)) out.push(s)
  }
  return out
}

/** `perClass` requests in each class. */
export function queryClasses(db: Database, seed: number, perClass: number): QueryClass[] {
  const texts = (
    db.prepare('SELECT text FROM articles ORDER BY id LIMIT 500').all() as { text: string }[]
  ).map((r) => r.text)
  const q = (len: number, k: number): SearchRequest[] =>
    substrings(texts, seed + k, len, HAN, perClass).map((query) => ({ query }))
  const mixed = [
    ...substrings(texts, seed + 7, 4, MIXED, perClass - 3).map((query) => ({ query })),
    { query: '3+3+N' },
    { query: '24条' },
    { query: 'GDP增速' },
  ]
  const two = q(2, 2)
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple']
  const filtered = two.map((req, i): SearchRequest => {
    switch (i % 4) {
      case 0:
        return { ...req, color: colors[i % colors.length]! }
      case 1:
        return { ...req, tag: '营商环境' }
      case 2:
        return { ...req, from: '2023-01-01', to: '2023-12-31' }
      default:
        return { ...req, kind: 'note', hasNote: true }
    }
  })
  return [
    { name: '1-char Chinese', requests: q(1, 1) },
    { name: '2-char Chinese', requests: two },
    { name: '3-char Chinese', requests: q(3, 3) },
    { name: '6-char Chinese', requests: q(6, 6) },
    { name: 'mixed (digits/Latin + CJK)', requests: mixed },
    { name: 'filtered 2-char', requests: filtered },
    {
      name: 'two terms + exclusion',
      requests: two.map((r, i) => ({
        query: `${r.query} ${two[(i + 1) % two.length]!.query} -${two[(i + 2) % two.length]!.query}`,
      })),
    },
  ]
}
