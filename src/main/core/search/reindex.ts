/** Rebuilding the whole search index from its sources, in one transaction. */
import type { Database } from 'better-sqlite3'
import { HIGHLIGHT_BASE } from './candidates'
import { fold } from './fold'
import { charsOf, gramsOf } from './tokens'

export interface ReindexReport {
  articles: number
  highlights: number
  ms: number
}

const BATCH = 500

/**
 * Re-indexes every document of one view (`search_article_docs` or
 * `search_highlight_docs`) in id order, folding and tokenising each body once.
 */
function indexAll(db: Database, view: string, base: number): number {
  const read = db.prepare(`SELECT id, body FROM ${view} WHERE id > ? ORDER BY id LIMIT ${BATCH}`)
  const grams = db.prepare('INSERT INTO search_grams(rowid, grams) VALUES (?, ?)')
  const chars = db.prepare('INSERT INTO search_chars(rowid, chars) VALUES (?, ?)')
  let n = 0
  for (let last = 0; ;) {
    const rows = read.all(last) as { id: number; body: string }[]
    if (rows.length === 0) return n
    for (const r of rows) {
      const folded = [fold(r.body)]
      grams.run(r.id + base, gramsOf(folded))
      chars.run(r.id + base, charsOf(folded))
    }
    n += rows.length
    last = rows[rows.length - 1]!.id
  }
}

/** Empties both FTS tables and re-indexes every article and highlight; all or nothing. */
export function rebuildSearchIndex(db: Database): ReindexReport {
  const started = performance.now()
  const counts = db.transaction(() => {
    db.exec(`INSERT INTO search_grams(search_grams) VALUES ('delete-all');
      INSERT INTO search_chars(search_chars) VALUES ('delete-all');`)
    const articles = indexAll(db, 'search_article_docs', 0)
    const highlights = indexAll(db, 'search_highlight_docs', HIGHLIGHT_BASE)
    db.exec(`INSERT INTO search_grams(search_grams) VALUES ('optimize');
      INSERT INTO search_chars(search_chars) VALUES ('optimize');`)
    return { articles, highlights }
  })()
  return { ...counts, ms: Math.round(performance.now() - started) }
}
