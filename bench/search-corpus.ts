/**
 * The search bench's library: the seeded policy-news corpus as articles, plus
 * highlights cut from their text (a fixed share with notes), a two-level tag
 * tree with tagged highlights, spread over dates — written with plain SQL in
 * one transaction, so the index triggers do the indexing as they would in use.
 * Generated libraries are cached (search-cache.ts): when this, corpus.ts or
 * the text they draw from changes, bump CORPUS_VERSION there.
 */
import type { Database } from 'better-sqlite3'
import { generateCorpus } from './corpus'
import { mulberry32 } from './prng'
import { sentence } from './sentences'

export interface SearchCorpusOptions {
  seed: number
  articles: number
  targetChars: number
  highlights: number
}

export interface SearchCorpusStats {
  articles: number
  highlights: number
  /** UTF-8 bytes of everything indexed: titles, texts, quotes, notes, tag names. */
  indexedBytes: number
  indexedChars: number
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
const PUBLICATIONS = ['人民日报', '经济日报', '新华每日电讯', '光明日报', '中国改革报']

/** Fills `db` (a fresh library) and returns what was written. */
export function loadSearchCorpus(db: Database, o: SearchCorpusOptions): SearchCorpusStats {
  const r = mulberry32(o.seed)
  const files = generateCorpus({ seed: o.seed, articles: o.articles, targetChars: o.targetChars })
  const insertArticle = db.prepare(
    `INSERT INTO articles (title, publication, published_on, text, blocks, char_count, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, '', ?, ?)`,
  )
  const insertHighlight = db.prepare(
    `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertTag = db.prepare('INSERT INTO tags (parent_id, name, created_at) VALUES (?, ?, ?)')
  const tagHighlight = db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)')
  let indexedBytes = 0
  let indexedChars = 0
  const count = (s: string): void => {
    indexedBytes += Buffer.byteLength(s, 'utf8')
    indexedChars += s.length
  }
  db.transaction(() => {
    const tags: number[] = []
    for (const [i, name] of [
      '营商环境',
      '招商引资',
      '科技创新',
      '民营经济',
      '数字经济',
    ].entries()) {
      const parent = Number(insertTag.run(null, name, '2024-01-01').lastInsertRowid)
      tags.push(parent)
      count(name)
      for (let k = 1; k <= 4; k++) {
        const child = `${name}·专题${i + 1}-${k}`
        tags.push(Number(insertTag.run(parent, child, '2024-01-01').lastInsertRowid))
        count(child)
      }
    }
    const texts: { id: number; text: string }[] = []
    for (const f of files) {
      const nl = f.text.indexOf('\n')
      const title = f.text.slice(0, nl)
      const text = f.text.slice(nl + 1)
      const date = `20${r.int(19, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
      const id = Number(
        insertArticle.run(title, r.pick(PUBLICATIONS), date, text, text.length, date, date)
          .lastInsertRowid,
      )
      texts.push({ id, text })
      count(title)
      count(text)
    }
    for (let h = 0; h < o.highlights; h++) {
      const a = texts[r.int(0, texts.length - 1)]!
      const len = r.int(8, 60)
      const start = r.int(0, Math.max(0, a.text.length - len - 1))
      const exact = a.text.slice(start, start + len)
      const note = r.next() < 0.3 ? sentence(r) : ''
      const created = `2024-${String(r.int(1, 12)).padStart(2, '0')}-10`
      const id = Number(
        insertHighlight.run(a.id, start, start + len, exact, r.pick(COLORS), note, created, created)
          .lastInsertRowid,
      )
      count(exact)
      count(note)
      if (r.next() < 0.3) tagHighlight.run(id, tags[r.int(0, tags.length - 1)]!)
    }
  })()
  return { articles: files.length, highlights: o.highlights, indexedBytes, indexedChars }
}
