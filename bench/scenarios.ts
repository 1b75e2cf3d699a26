/**
 * What the bench measures. Each scenario runs against a fresh library and
 * only `run` is timed; `check` afterwards makes sure the work was really
 * done (a silent de-duplication would otherwise look like a fast import).
 */
import type { Database } from 'better-sqlite3'
import { importFiles, type ImportInput } from '../src/main/core/import/pipeline'
import type { CorpusFile } from './corpus'
import { pipelineScenario } from './pipeline-scenario'

export interface Scenario {
  name: string
  /** Name of the scenario this one is compared with, or null for a baseline. */
  baseline: string | null
  /** Untimed preparation of the fresh library before `run`. */
  setup?(db: Database): void
  run(db: Database): void | Promise<void>
  /** Throws when the library does not hold what `run` should have written. */
  check(db: Database): void
}

/**
 * Every row writes into the library's real `articles` table, so the search
 * index triggers (0002_search.sql) tokenise each article for the floor just
 * as for the import rows: the ratios compare like with like. The two
 * "without search index" rows drop the insert trigger first (untimed) to
 * show the import's own cost against a bare INSERT.
 */
export const FLOOR = 'floor: plain prepared INSERT in one transaction, search index kept'
export const BARE_FLOOR = 'bare floor: plain prepared INSERT, without search index'

/** Drops the trigger that indexes new articles: for the "without search index" rows only. */
function dropSearchIndexTrigger(db: Database): void {
  db.exec('DROP TRIGGER search_articles_ai')
}

/**
 * The rows: the SQLite floor, one import action, the UI's one call per file
 * and the whole pipeline from PDF-like pages; then the floor and the whole
 * pipeline again without the search index.
 */
export function scenarios(corpus: readonly CorpusFile[]): Scenario[] {
  const inputs: ImportInput[] = corpus.map((f) => ({
    fileName: f.fileName,
    path: null,
    bytes: Buffer.from(f.text, 'utf8'),
  }))
  const plain = corpus.map((f) => splitTitle(f.text))
  const expectArticles = (db: Database): void => expectCount(db, corpus.length)
  return [
    { name: FLOOR, baseline: null, run: (db) => insertPlain(db, plain), check: expectArticles },
    {
      name: `import ${corpus.length.toLocaleString('en')} articles (core import path)`,
      baseline: FLOOR,
      run: async (db) => void (await importFiles(db, inputs)),
      check: expectArticles,
    },
    {
      name: `import ${corpus.length.toLocaleString('en')} articles, one file per call (as the UI does)`,
      baseline: FLOOR,
      run: async (db) => {
        for (const input of inputs) await importFiles(db, [input])
      },
      check: expectArticles,
    },
    pipelineScenario(corpus, FLOOR, 'search index kept'),
    {
      name: BARE_FLOOR,
      baseline: null,
      setup: dropSearchIndexTrigger,
      run: (db) => insertPlain(db, plain),
      check: expectArticles,
    },
    {
      ...pipelineScenario(corpus, BARE_FLOOR, 'without search index'),
      setup: dropSearchIndexTrigger,
    },
  ]
}

interface PlainArticle {
  title: string
  text: string
}

/** First line and the rest, without any parsing: the floor must not do the pipeline's work. */
function splitTitle(text: string): PlainArticle {
  const nl = text.indexOf('\n')
  return { title: text.slice(0, nl), text: text.slice(nl + 1) }
}

/** The least SQLite can do for these articles: one statement, one transaction, required columns. */
function insertPlain(db: Database, articles: readonly PlainArticle[]): void {
  const insert = db.prepare(
    `INSERT INTO articles (title, text, blocks, char_count, content_hash, created_at, updated_at)
     VALUES (?, ?, '[]', ?, '', ?, ?)`,
  )
  const now = new Date().toISOString()
  db.transaction(() => {
    for (const a of articles) insert.run(a.title, a.text, a.text.length, now, now)
  })()
}

function expectCount(db: Database, expected: number): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }
  if (n !== expected) throw new Error(`expected ${expected} articles in the library, found ${n}`)
}
