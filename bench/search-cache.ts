/**
 * The search bench's libraries are slow to generate (minutes at 50,000
 * articles), so each is kept in a cache directory keyed by seed, size and
 * CORPUS_VERSION, and copied into the run's temp root when present. Only the
 * source rows matter: the bench rebuilds the index with the current code
 * (rebuildSearchIndex) before measuring, and openLibrary applies any newer
 * migrations, so a cached library never measures stale search code.
 * `--no-search-cache` (or PIZHU_BENCH_CACHE=off) builds afresh.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openLibrary, type Library } from '../src/main/core/db/open'
import { loadSearchCorpus, type SearchCorpusOptions, type SearchCorpusStats } from './search-corpus'

/** Bump when search-corpus.ts (or what it calls) writes different rows. */
const CORPUS_VERSION = 1

export interface CorpusLibrary {
  library: Library
  corpus: SearchCorpusStats
  /** Time to generate and index the corpus (when cached, as measured when it was built). */
  loadAndIndexMs: number
  cached: boolean
}

function cacheDir(): string {
  return process.env.PIZHU_BENCH_CACHE_DIR ?? join(tmpdir(), 'pizhu-bench-cache')
}

function timed(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

/** Checkpoints the WAL into the main file so a plain copy of it is the whole library. */
function checkpoint(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
}

/**
 * Opens `file` (in the run's temp root) holding the corpus for `o`: copied
 * from the cache when there, otherwise generated and then stored in the cache.
 */
export function openCorpusLibrary(
  file: string,
  o: SearchCorpusOptions,
  useCache: boolean,
): CorpusLibrary {
  const key = `search-s${o.seed}-a${o.articles}-c${o.targetChars}-h${o.highlights}-v${CORPUS_VERSION}`
  const cachedDb = join(cacheDir(), `${key}.sqlite`)
  const cachedStats = join(cacheDir(), `${key}.json`)
  if (useCache && existsSync(cachedDb) && existsSync(cachedStats)) {
    const saved = JSON.parse(readFileSync(cachedStats, 'utf8')) as {
      corpus: SearchCorpusStats
      loadAndIndexMs: number
    }
    copyFileSync(cachedDb, file)
    return { library: openLibrary(file), ...saved, cached: true }
  }
  const library = openLibrary(file)
  let corpus!: SearchCorpusStats
  const loadAndIndexMs = Math.round(timed(() => (corpus = loadSearchCorpus(library.db, o))))
  if (useCache) {
    checkpoint(library.db)
    mkdirSync(cacheDir(), { recursive: true })
    const partial = `${cachedDb}.partial`
    copyFileSync(file, partial)
    renameSync(partial, cachedDb)
    writeFileSync(cachedStats, JSON.stringify({ corpus, loadAndIndexMs }))
  }
  return { library, corpus, loadAndIndexMs, cached: false }
}
