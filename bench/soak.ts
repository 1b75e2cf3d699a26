/**
 * The soak: 10,000 mixed actions against one library through the contract
 * (`dispatch` over the same handlers the app uses) — imports, article
 * reads, list pages, highlights, note edits, tags, article notes, searches,
 * exports, library info and health, backup listing, and a manual backup
 * every 2,000 actions. Reports throughput, p50/p95 per action, resident
 * memory at start and end, and `PRAGMA integrity_check` at the end.
 */
import { join } from 'node:path'
import { dispatch } from '../src/main/core/api/dispatch'
import { openAppContext } from '../src/main/core/app-context'
import type { CorpusFile } from './corpus'
import { mulberry32 } from './prng'

export const SOAK_ACTIONS = 10_000

export interface SoakRow {
  action: string
  count: number
  p50Ms: number
  p95Ms: number
}

export interface SoakResult {
  actions: number
  seconds: number
  actionsPerSecond: number
  rssStartMb: number
  rssEndMb: number
  integrity: string
  articles: number
  rows: SoakRow[]
}

type Action =
  | 'import.file'
  | 'articles.get'
  | 'articles.list'
  | 'library.info'
  | 'library.health'
  | 'backup.list'
  | 'highlights.create'
  | 'highlights.update'
  | 'reader.saveNote'
  | 'search.query'
  | 'export.render'

/** Relative weights of the actions in the mix. */
const ACTIONS: [Action, number][] = [
  ['import.file', 20],
  ['articles.get', 40],
  ['articles.list', 25],
  ['library.info', 8],
  ['library.health', 4],
  ['backup.list', 3],
  ['highlights.create', 20],
  ['highlights.update', 15],
  ['reader.saveNote', 5],
  ['search.query', 15],
  ['export.render', 3],
]

/** Two-character and longer queries a researcher types, against the synthetic corpus. */
const QUERIES = ['招商', '营商环境', '24条', '项目', '高质量发展', '亿元', '3+3+N', '政策 -试点']
const TAGS = ['营商环境', '产业政策/制造业', '数据', '待核实']

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10

export async function runSoak(
  root: string,
  corpus: readonly CorpusFile[],
  seed: number,
): Promise<SoakResult> {
  const ctx = await openAppContext({
    libraryPath: join(root, 'soak.sqlite'),
    shell: 'browser',
    dailyBackup: false,
  })
  const rng = mulberry32(seed)
  const total = ACTIONS.reduce((s, [, w]) => s + w, 0)
  const times = new Map<string, number[]>()
  const ids: number[] = []
  const lengths = new Map<number, number>()
  const highlightIds: number[] = []
  let nextFile = 0
  const rssStart = process.memoryUsage().rss
  const started = performance.now()
  let seconds: number
  let integrity: string
  try {
    for (let i = 0; i < SOAK_ACTIONS; i++) {
      let r = rng.next() * total
      let action: Action = ACTIONS[0]![0]
      for (const [name, w] of ACTIONS) {
        if ((r -= w) < 0) {
          action = name
          break
        }
      }
      if (ids.length === 0) action = 'import.file'
      if (action === 'highlights.update' && highlightIds.length === 0) action = 'highlights.create'
      const input = inputFor(action, i)
      const t0 = performance.now()
      const name = i > 0 && i % 2000 === 0 ? 'backup.create' : action
      const result = await dispatch(ctx.handlers, name, name === action ? input : {})
      const ms = performance.now() - t0
      if (!result.ok) throw new Error(`soak: ${name} failed: ${result.error.message}`)
      if (name === 'import.file') {
        const imported = (result.value as { imported: { id: number; charCount: number }[] })
          .imported
        for (const a of imported) {
          ids.push(a.id)
          lengths.set(a.id, a.charCount)
        }
      }
      if (name === 'highlights.create') highlightIds.push((result.value as { id: number }).id)
      const list = times.get(name) ?? []
      list.push(ms)
      times.set(name, list)
    }
    seconds = (performance.now() - started) / 1000
    integrity = String(ctx.library.db.pragma('integrity_check', { simple: true }))
  } finally {
    ctx.close()
  }
  const rssEnd = process.memoryUsage().rss
  const rows = [...times].map(([action, list]) => {
    const sorted = [...list].sort((a, b) => a - b)
    return {
      action,
      count: list.length,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
    }
  })
  return {
    actions: SOAK_ACTIONS,
    seconds: round(seconds),
    actionsPerSecond: Math.round(SOAK_ACTIONS / seconds),
    rssStartMb: mb(rssStart),
    rssEndMb: mb(rssEnd),
    integrity,
    articles: ids.length,
    rows,
  }

  function pick<T>(list: readonly T[]): T {
    return list[Math.floor(rng.next() * list.length)]!
  }

  function inputFor(action: Action, i: number): unknown {
    switch (action) {
      case 'import.file': {
        const file = corpus[nextFile++ % corpus.length]!
        // a unique marker line so every import is new content, not a duplicate
        const text = `${file.text}\n\n（第${nextFile}次导入）`
        return { fileName: file.fileName, base64: Buffer.from(text).toString('base64') }
      }
      case 'articles.get':
        return { id: ids[Math.floor(rng.next() * ids.length)]! }
      case 'articles.list':
        return { limit: 50, offset: Math.floor(rng.next() * Math.max(1, ids.length - 50)) }
      case 'highlights.create': {
        const articleId = pick(ids)
        const length = lengths.get(articleId) ?? 40
        const start = Math.floor(rng.next() * Math.max(1, length - 40))
        return { articleId, start, end: start + 4 + Math.floor(rng.next() * 30) }
      }
      case 'highlights.update': {
        const text = `批注第${i}条：这一提法值得在简报中引用。`
        return rng.next() < 0.5
          ? { id: pick(highlightIds), note: { json: null, text } }
          : { id: pick(highlightIds), tags: [pick(TAGS)] }
      }
      case 'reader.saveNote':
        return { articleId: pick(ids), note: { json: null, text: `文章笔记 ${i}` } }
      case 'search.query':
        return { query: pick(QUERIES) }
      case 'export.render':
        return { source: { kind: 'article', id: pick(ids) }, format: 'md' }
      default:
        return {}
    }
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** The soak as lines for the terminal. */
export function formatSoak(s: SoakResult): string[] {
  return [
    `Soak: ${s.actions.toLocaleString('en')} mixed actions in ${s.seconds} s = ${s.actionsPerSecond} actions/s; ` +
      `${s.articles} articles imported; RSS ${s.rssStartMb} MB at start, ${s.rssEndMb} MB at end; integrity_check: ${s.integrity}`,
    ...s.rows.map(
      (r) =>
        `  ${r.action.padEnd(16)} ${String(r.count).padStart(6)}×  p50 ${r.p50Ms} ms  p95 ${r.p95Ms} ms`,
    ),
  ]
}
