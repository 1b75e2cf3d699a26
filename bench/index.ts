/**
 * `npm run bench`: imports a seeded synthetic corpus of 1,000 policy-news
 * articles (about 3 million characters) through the core import path and
 * compares it, in the same run, with the floor of plain SQLite inserts; then
 * opens a 50,000-character article with 500 highlights in Chromium beside
 * its plain-paragraph floor (see reader-open.ts).
 * Prints a table and writes bench/results.json. `--only reader` runs just
 * the reader section and prints its line (results.json is left as it is);
 * `--only tags` likewise runs just the tag section (tags-bench.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openLibrary } from '../src/main/core/db/open'
import { corpusStats, generateCorpus } from './corpus'
import { formatTable, toRows } from './report'
import { formatReaderBench, benchReaderOpen } from './reader-open'
import { benchPdf, formatPdfTable } from './pdf-bench'
import { measure } from './runner'
import { scenarios } from './scenarios'
import { formatSoak, runSoak } from './soak'
import { runSearchSection, searchFlags } from './search-section'
import { benchExport, formatExportTable } from './export-bench'
import { benchTags, formatTagTable } from './tags-bench'

const SEED = 20240501
const ARTICLES = 1000
const TARGET_CHARS = 3_000_000
const RUNS = 3
const READER_RUNS = 5

/** bench.js is built to out/main/; the results file sits beside this source. */
const RESULTS_FILE = resolve(__dirname, '../../bench/results.json')

async function main(): Promise<void> {
  const corpus = generateCorpus({ seed: SEED, articles: ARTICLES, targetChars: TARGET_CHARS })
  const stats = corpusStats(corpus)
  const log = (line: string): void => void process.stdout.write(`${line}\n`)
  log(
    `Corpus: ${stats.articles.toLocaleString('en')} articles, ${stats.chars.toLocaleString('en')} chars, ` +
      `${(stats.bytes / 1e6).toFixed(1)} MB UTF-8 (seed ${SEED}); ${RUNS} runs each, fresh library each run`,
  )
  const argv = process.argv.slice(2)
  if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'reader') {
    const reader = await withTempRoot((root) => benchReaderOpen(root, READER_RUNS, log))
    if (reader) log(formatReaderBench(reader))
    return
  }
  if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'tags') {
    log(formatTagTable(await withTempRoot(async (root) => benchTags(SEED, root, RUNS, log))))
    return
  }
  const flags = searchFlags(argv)
  const { library, rows, reader, search, pdf, exports } = await withTempRoot(async (root) => ({
    library: libraryInfo(root),
    rows: flags.skipImport ? [] : toRows(await measure(scenarios(corpus), RUNS, root, log), stats),
    reader: flags.skipImport ? null : await benchReaderOpen(root, READER_RUNS, log),
    search: runSearchSection(root, SEED, flags, log),
    pdf: flags.skipImport ? null : await benchPdf(SEED, root, log),
    exports: await benchExport(SEED, root, RUNS, log),
  }))
  const soak = await withTempRoot((root) => runSoak(root, corpus, SEED))
  const tags = await withTempRoot(async (root) => benchTags(SEED, root, RUNS, log))
  log('')
  if (rows.length) log(formatTable(rows))
  log('')
  if (reader) log(formatReaderBench(reader))
  for (const line of formatSoak(soak)) log(line)
  log('')
  if (pdf) {
    log(formatPdfTable(pdf.rows))
    log('')
  }
  log(formatExportTable(exports))
  log('')
  log(formatTagTable(tags))
  log('')
  log(
    `SQLite ${library.sqlite}, journal_mode=${library.journalMode}, synchronous=${library.synchronous}`,
  )
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    library,
    corpus: { ...stats, seed: SEED },
    runsPerRow: RUNS,
    rows,
    reader,
    soak,
    search,
    pdf,
    exports,
    tags,
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
  log(`Wrote ${RESULTS_FILE}`)
}

/**
 * Runs `fn` with a fresh temporary directory, removed afterwards even when a
 * run throws.
 */
async function withTempRoot<T>(fn: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-bench-'))
  try {
    return await fn(root)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

interface LibraryInfo {
  sqlite: string
  journalMode: string
  synchronous: string
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA']

/** The SQLite version and the pragmas openLibrary sets, which decide what a commit costs. */
function libraryInfo(root: string): LibraryInfo {
  const dir = mkdtempSync(join(root, 'info-'))
  const library = openLibrary(join(dir, 'library.sqlite'))
  try {
    const db = library.db
    return {
      sqlite: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS[Number(db.pragma('synchronous', { simple: true }))] ?? 'unknown',
    }
  } finally {
    library.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  )
  process.exitCode = 1
})
