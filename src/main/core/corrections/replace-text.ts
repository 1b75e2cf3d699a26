/**
 * Text corrections: replace a wrong character sequence (e.g. 打诵 → 打通) in
 * one article or the whole library. Per article: the
 * previous text is kept as a version, the blocks and text are rewritten and
 * every highlight is re-anchored (never dropped); a batch over many articles
 * is one transaction too. A dry run computes the same
 * outcome and writes nothing.
 */
import type { Database } from 'better-sqlite3'
import type { Block } from '@shared/domain'
import type { ReplaceOutcome } from '@shared/highlight'
import { AppException } from '@shared/result'
import { applyEdits, reanchor, type TextEdit } from '../anchoring'
import { countChars, getArticle } from '../db/repos/articles'
import { listHighlights, writeHighlight } from '../db/repos/highlights'
import { statement } from '../db/statements'
import { sha256Hex } from '../hash'

export interface Replacement {
  find: string
  replace: string
  /** Only the occurrence starting at this offset (an edit made on a selection). */
  at?: number
  /** Only the n-th occurrence (1-based); every occurrence when neither this nor `at` is given. */
  occurrence?: number
  dryRun?: boolean
}

function check(r: Replacement): void {
  if (!r.find) throw new AppException('INVALID_INPUT', 'the text to replace is empty')
  if (r.find.includes('\n') || r.replace.includes('\n')) {
    throw new AppException(
      'INVALID_INPUT',
      'a replacement stays within one paragraph: neither text may contain a line break',
    )
  }
}

/** The edits `r` makes in `text`, in order. */
export function editsFor(text: string, r: Replacement): TextEdit[] {
  const edits: TextEdit[] = []
  let n = 0
  for (let i = text.indexOf(r.find); i !== -1; i = text.indexOf(r.find, i + r.find.length)) {
    n++
    if (r.at !== undefined && i !== r.at) continue
    if (r.occurrence !== undefined && n !== r.occurrence) continue
    edits.push({ start: i, end: i + r.find.length, text: r.replace })
  }
  return edits
}

const empty = (): ReplaceOutcome => ({
  articles: 0,
  replacements: 0,
  highlights: { ok: 0, moved: 0, orphan: 0 },
})

function replaceInArticle(db: Database, id: number, r: Replacement, out: ReplaceOutcome): void {
  const article = getArticle(db, id)
  const edits = editsFor(article.text, r)
  if (!edits.length) return
  const now = new Date().toISOString()
  const text = applyEdits(article.text, edits)
  const texts = text.split('\n')
  const blocks: Block[] = article.blocks.map((b, i) => ({ ...b, text: texts[i] ?? '' }))
  out.articles++
  out.replacements += edits.length
  for (const h of listHighlights(db, id)) {
    if (h.anchor === 'orphan') {
      out.highlights.orphan++
      continue
    }
    const placed = reanchor(text, h, edits)
    out.highlights[placed.status]++
    if (!r.dryRun) writeHighlight(db, h.id, { ...h, ...placed, anchor: placed.status }, now)
  }
  if (r.dryRun) return
  statement(
    db,
    `INSERT INTO article_versions (article_id, text, blocks, reason, created_at)
       VALUES (?, ?, ?, ?, ?)`,
  ).run(id, article.text, JSON.stringify(article.blocks), `replace ${r.find} → ${r.replace}`, now)
  statement(
    db,
    `UPDATE articles SET text = ?, blocks = ?, char_count = ?, content_hash = ?, updated_at = ?
       WHERE id = ?`,
  ).run(text, JSON.stringify(blocks), countChars(blocks), sha256Hex(text), now, id)
}

/**
 * Applies `r` to the given articles (every article when `articleIds` is
 * 'all') in one transaction, and reports what changed.
 */
export function replaceText(
  db: Database,
  articleIds: readonly number[] | 'all',
  r: Replacement,
): ReplaceOutcome {
  check(r)
  const ids =
    articleIds === 'all'
      ? (statement(db, 'SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
          (row) => row.id,
        )
      : articleIds
  return db.transaction(() => {
    const out = empty()
    for (const id of ids) replaceInArticle(db, id, r, out)
    if (r.at !== undefined && out.replacements === 0) {
      throw new AppException('NOT_FOUND', `"${r.find}" is not at offset ${r.at} of the article`)
    }
    return out
  })()
}

/** Earlier texts of an article, oldest first. */
export function articleVersions(
  db: Database,
  articleId: number,
): { id: number; text: string; reason: string; createdAt: string }[] {
  return (
    statement(
      db,
      'SELECT id, text, reason, created_at FROM article_versions WHERE article_id = ? ORDER BY id',
    ).all(articleId) as { id: number; text: string; reason: string; created_at: string }[]
  ).map((v) => ({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at }))
}
