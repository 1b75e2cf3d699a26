/** Rebuilding the whole search index from its sources, in one transaction. */
import type { Database } from 'better-sqlite3'
import { HIGHLIGHT_BASE } from './candidates'

export interface ReindexReport {
  articles: number
  highlights: number
  ms: number
}

/** Empties both FTS tables and re-indexes every article and highlight; all or nothing. */
export function rebuildSearchIndex(db: Database): ReindexReport {
  const started = performance.now()
  const counts = db.transaction(() => {
    db.exec(`INSERT INTO search_grams(search_grams) VALUES ('delete-all');
      INSERT INTO search_chars(search_chars) VALUES ('delete-all');`)
    const a = db
      .prepare(
        'INSERT INTO search_grams(rowid, grams) SELECT id, pz_grams(body) FROM search_article_docs',
      )
      .run().changes
    db.prepare(
      'INSERT INTO search_chars(rowid, chars) SELECT id, pz_chars(body) FROM search_article_docs',
    ).run()
    const h = db
      .prepare(
        `INSERT INTO search_grams(rowid, grams) SELECT id + ${HIGHLIGHT_BASE}, pz_grams(body) FROM search_highlight_docs`,
      )
      .run().changes
    db.prepare(
      `INSERT INTO search_chars(rowid, chars) SELECT id + ${HIGHLIGHT_BASE}, pz_chars(body) FROM search_highlight_docs`,
    ).run()
    db.exec(`INSERT INTO search_grams(search_grams) VALUES ('optimize');
      INSERT INTO search_chars(search_chars) VALUES ('optimize');`)
    return { articles: a, highlights: h }
  })()
  return { ...counts, ms: Math.round(performance.now() - started) }
}
