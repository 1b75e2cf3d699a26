/**
 * The whole-pipeline bench row: the corpus re-laid as PDF-like newspaper
 * pages (see pdf-like.ts) goes through detection, normalisation, line
 * joining, article splitting and the write, in one import action. The check
 * requires every article to come back out of the pages.
 */
import type { Database } from 'better-sqlite3'
import { importFiles, type ImportInput } from '../src/main/core/import/pipeline'
import type { CorpusFile } from './corpus'
import { pdfLikePages } from './pdf-like'
import type { Scenario } from './scenarios'

export function pipelineScenario(
  corpus: readonly CorpusFile[],
  floor: string,
  variant: string,
): Scenario {
  const pages = pdfLikePages(corpus, 1)
  const inputs: ImportInput[] = pages.map((p) => ({
    fileName: p.fileName,
    path: null,
    bytes: Buffer.from(p.text, 'utf8'),
  }))
  return {
    name: `${corpus.length.toLocaleString('en')} synthetic articles through the whole pipeline (detect, normalise, split, write), ${variant}`,
    baseline: floor,
    run: async (db) => void (await importFiles(db, inputs)),
    check: (db: Database) => {
      const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }
      if (n !== corpus.length) {
        throw new Error(
          `expected ${corpus.length} articles split out of ${pages.length} pages, found ${n}`,
        )
      }
    },
  }
}
