/**
 * The search section of `npm run bench`: a library of N articles (10,000 by
 * default, about 3,000 characters each) and 10 highlights per article, with
 * notes and tags; per query class, p50/p95 latency of `search` through the
 * core API, and beside it, in the same run, a plain `LIKE '%q%'` scan over
 * the same tables; index size against the indexed text; full rebuild time.
 */
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { rebuildSearchIndex, search } from '../src/main/core/search'
import { parseQuery } from '../src/main/core/search/query'
import type { SearchRequest } from '../src/shared/calls/search'
import { openCorpusLibrary } from './search-cache'
import type { SearchCorpusStats } from './search-corpus'
import { queryClasses } from './search-queries'

export interface SearchClassResult {
  name: string
  queries: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  scanQueries: number
  scanP50Ms: number
  /** scan p50 / index p50. */
  speedup: number
  /** What the scan columns measured: the baseline, at the same size, in the same run. */
  baseline: string
}

export interface SearchBenchResult {
  corpus: SearchCorpusStats
  loadAndIndexMs: number
  /** True when the library came from the bench cache (loadAndIndexMs is then from when it was built). */
  fromCache: boolean
  rebuildMs: number
  indexBytes: number
  /** indexBytes / corpus.indexedBytes. */
  indexRatio: number
  classes: SearchClassResult[]
}

export interface SearchBenchOptions {
  seed: number
  articles: number
  perClass: number
  scanPerClass: number
  /** Reuse (and fill) the generated-library cache (search-cache.ts). */
  useCache: boolean
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function timed(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

/**
 * The naive floor: every row whose fields contain each positive term and no
 * negative one, by `LIKE '%term%'`, both groups, filters ignored.
 */
function scan(db: Database, req: SearchRequest): number {
  const terms = parseQuery(req.query)
  const like = (cols: string[]): string =>
    terms
      .map(
        (t, i) =>
          `${t.negative ? 'NOT ' : ''}(${cols.map((c) => `${c} LIKE @t${i}`).join(' OR ')})`,
      )
      .join(' AND ') || '1'
  const params = Object.fromEntries(terms.map((t, i) => [`t${i}`, `%${t.text}%`]))
  const h = db
    .prepare(`SELECT id FROM highlights WHERE ${like(['exact', 'note_text'])}`)
    .all(params)
  const a = db.prepare(`SELECT id FROM articles WHERE ${like(['title', 'text'])}`).all(params)
  return h.length + a.length
}

export function runSearchBench(
  root: string,
  log: (line: string) => void,
  o: SearchBenchOptions,
): SearchBenchResult {
  const opened = openCorpusLibrary(
    join(root, `search-${o.articles}.sqlite`),
    {
      seed: o.seed,
      articles: o.articles,
      targetChars: o.articles * 3000,
      highlights: o.articles * 10,
    },
    o.useCache,
  )
  const { library, corpus, loadAndIndexMs } = opened
  const db = library.db
  try {
    log(
      `  ${opened.cached ? 'copied from the bench cache (built' : 'loaded and indexed'} ${o.articles} articles, ` +
        `${corpus.highlights} highlights in ${loadAndIndexMs.toFixed(0)} ms${opened.cached ? ')' : ''}`,
    )
    const rebuildMs = rebuildSearchIndex(db).ms
    log(`  rebuilt the whole index in ${rebuildMs} ms`)
    const { bytes } = db
      .prepare("SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'")
      .get() as { bytes: number }
    const classes: SearchClassResult[] = []
    for (const c of queryClasses(db, o.seed, o.perClass)) {
      search(db, { ...c.requests[0]!, limit: 50 }) // warm the statement cache
      const ms = c.requests.map((req) => timed(() => search(db, { ...req, limit: 50 })))
      const sorted = [...ms].sort((x, y) => x - y)
      const scanMs = c.requests
        .slice(0, o.scanPerClass)
        .map((req) => timed(() => scan(db, req)))
        .sort((x, y) => x - y)
      const p50 = percentile(sorted, 50)
      const scanP50 = percentile(scanMs, 50)
      const row = {
        name: c.name,
        queries: ms.length,
        p50Ms: round(p50),
        p95Ms: round(percentile(sorted, 95)),
        maxMs: round(sorted[sorted.length - 1]!),
        scanQueries: scanMs.length,
        scanP50Ms: round(scanP50),
        speedup: round(scanP50 / p50, 1),
        baseline: `LIKE '%q%' scan of the same ${o.articles}-article library in the same run`,
      }
      log(
        `  ${row.name}: p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms; LIKE scan p50 ${row.scanP50Ms} ms (${row.speedup}×)`,
      )
      classes.push(row)
    }
    return {
      corpus,
      loadAndIndexMs: Math.round(loadAndIndexMs),
      fromCache: opened.cached,
      rebuildMs,
      indexBytes: bytes,
      indexRatio: round(bytes / corpus.indexedBytes),
      classes,
    }
  } finally {
    library.close()
  }
}

/** The search section as a fixed-width table. */
export function formatSearchTable(r: SearchBenchResult): string {
  const header = ['query class', 'n', 'p50 ms', 'p95 ms', 'max ms', 'LIKE scan p50 ms', 'speed-up']
  const body = r.classes.map((c) => [
    c.name,
    String(c.queries),
    c.p50Ms.toFixed(2),
    c.p95Ms.toFixed(2),
    c.maxMs.toFixed(2),
    `${c.scanP50Ms.toFixed(1)} (n=${c.scanQueries})`,
    `${c.speedup.toFixed(0)}×`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)))
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  const mb = (b: number): string => `${(b / 1e6).toFixed(1)} MB`
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.map(line),
    '',
    `index ${mb(r.indexBytes)} for ${mb(r.corpus.indexedBytes)} of indexed UTF-8 text (${r.indexRatio}×); ` +
      `load+index ${(r.loadAndIndexMs / 1000).toFixed(1)} s; full rebuild ${(r.rebuildMs / 1000).toFixed(1)} s`,
  ].join('\n')
}
