/**
 * The search section of `npm run bench`, sized by flags:
 *   --search-articles N       library size (10 highlights an article); alone, only this size
 *   --search-also N           a second, larger library for the scan comparison
 * With neither, both 10,000 and 50,000 articles are measured.
 *   --search-per-class N      queries per class (default 100)
 *   --skip-import             run only the search section
 *   --no-search-cache         generate the libraries afresh (see search-cache.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { formatSearchTable, runSearchBench, type SearchBenchResult } from './search-bench'

export interface SearchSectionFlags {
  sizes: number[]
  perClass: number
  skipImport: boolean
  useCache: boolean
}

const DEFAULT_SIZES = [10_000, 50_000] as const

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

/** The flags from the command line (`npm run bench -- --search-articles 2000`). */
export function searchFlags(argv: readonly string[]): SearchSectionFlags {
  const given = flag(argv, '--search-articles')
  const also = flag(argv, '--search-also')
  // By default both sizes the issue compares at: an index must pull away from the scan as the library grows.
  const sizes =
    given === undefined && also === undefined
      ? [...DEFAULT_SIZES]
      : [Number(given ?? DEFAULT_SIZES[0]), ...(also === undefined ? [] : [Number(also)])]
  for (const n of sizes) {
    if (!Number.isSafeInteger(n) || n < 10) throw new Error(`bench: bad library size ${n}`)
  }
  return {
    sizes,
    perClass: Number(flag(argv, '--search-per-class') ?? 100),
    skipImport: argv.includes('--skip-import'),
    useCache: !argv.includes('--no-search-cache') && process.env.PIZHU_BENCH_CACHE !== 'off',
  }
}

/** Runs the section for each size, printing a table per size. */
export function runSearchSection(
  root: string,
  seed: number,
  flags: SearchSectionFlags,
  log: (line: string) => void,
): SearchBenchResult[] {
  const results: SearchBenchResult[] = []
  for (const articles of flags.sizes) {
    log('')
    log(
      `Search: ${articles.toLocaleString('en')} articles, ${(articles * 10).toLocaleString('en')} highlights`,
    )
    const dir = mkdtempSync(join(root, 'search-'))
    try {
      const r = runSearchBench(dir, log, {
        seed,
        articles,
        perClass: flags.perClass,
        scanPerClass: Math.max(3, Math.min(20, Math.round(200_000 / articles))),
        useCache: flags.useCache,
      })
      log('')
      log(formatSearchTable(r))
      results.push(r)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}
