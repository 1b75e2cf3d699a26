/**
 * The reader bench's article: about 50,000 characters of seeded policy-news
 * paragraphs with 500 highlights spread through it, some overlapping and
 * some crossing a paragraph break, written through the core library.
 */
import type { Database } from 'better-sqlite3'
import type { Block } from '../src/shared/domain'
import { HIGHLIGHT_COLORS } from '../src/shared/highlight'
import { insertArticle } from '../src/main/core/db/repos/articles'
import { createHighlight } from '../src/main/core/highlights/highlights'
import { mulberry32 } from './prng'
import { headline, sentence } from './sentences'

export const READER_CHARS = 50_000
export const READER_HIGHLIGHTS = 500

/** Paragraphs of 3–8 sentences until the text reaches `chars`. */
export function readerBlocks(seed: number, chars = READER_CHARS): Block[] {
  const r = mulberry32(seed)
  const blocks: Block[] = []
  let total = 0
  while (total < chars) {
    const n = 3 + Math.floor(r.next() * 6)
    const text = Array.from({ length: n }, () => sentence(r)).join('')
    blocks.push({ kind: 'paragraph', text })
    total += text.length + 1
  }
  return blocks
}

/** Writes the article and its highlights; returns the article id and its blocks. */
export function seedReaderArticle(db: Database, seed: number): { id: number; blocks: Block[] } {
  const r = mulberry32(seed + 1)
  const blocks = readerBlocks(seed)
  const id = insertArticle(
    db,
    { sourceId: null, position: 0, title: headline(r), blocks },
    new Date().toISOString(),
  )
  const length = blocks.reduce((n, b) => n + b.text.length + 1, -1)
  const step = Math.floor(length / READER_HIGHLIGHTS)
  db.transaction(() => {
    for (let i = 0; i < READER_HIGHLIGHTS; i++) {
      // Every fifth highlight is long enough to overlap the next one.
      const span = i % 5 === 0 ? step + 20 : 4 + Math.floor(r.next() * (step - 8))
      const start = i * step + Math.floor(r.next() * 4)
      createHighlight(db, {
        articleId: id,
        start,
        end: Math.min(length, start + span),
        color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      })
    }
  })()
  return { id, blocks }
}
