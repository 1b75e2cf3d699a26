/**
 * Undo of a structural correction: the newest split or merge touching an
 * article is reversed in one transaction, back to the exact stored state.
 * Highlights made since on the moved-out part follow it back with their
 * offsets shifted. Refused when a text correction changed either article
 * since (undo that first), so nothing written later is silently lost.
 */
import type { Database } from 'better-sqlite3'
import { AppException } from '@shared/result'
import { describeRange } from '../anchoring'
import { statement } from '../db/statements'
import { restoreSnapshot, type StructureSnapshot } from './structure-snapshot'

interface ChangeRow {
  id: number
  kind: 'split' | 'merge'
  article_id: number
  other_id: number
  snapshot: string
}

/** What undo restored: the change's kind and the article to show afterwards. */
export interface UndoOutcome {
  kind: 'split' | 'merge'
  articleId: number
  otherId: number
}

/** The newest split or merge involving article `id`, if any. */
export function latestStructureChange(db: Database, id: number): ChangeRow | undefined {
  return statement(
    db,
    `SELECT id, kind, article_id, other_id, snapshot FROM structure_changes
       WHERE article_id = ? OR other_id = ? ORDER BY id DESC LIMIT 1`,
  ).get(id, id) as ChangeRow | undefined
}

function textOf(db: Database, id: number): string {
  return (statement(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text
}

/** Re-takes the quote context (prefix, suffix) of highlights now in article `articleId`. */
function redescribe(db: Database, articleId: number, hs: readonly { id: number }[]): void {
  if (!hs.length) return
  const text = textOf(db, articleId)
  const get = statement(db, 'SELECT start_offset, end_offset FROM highlights WHERE id = ?')
  const set = statement(db, 'UPDATE highlights SET exact = ?, prefix = ?, suffix = ? WHERE id = ?')
  for (const h of hs) {
    const r = get.get(h.id) as { start_offset: number; end_offset: number }
    if (r.end_offset > text.length) continue
    const a = describeRange(text, r.start_offset, r.end_offset)
    set.run(a.exact, a.prefix, a.suffix, h.id)
  }
}

/**
 * Moves highlights made after the change back to the part they belong to.
 * A split's are moved before the restore (the new article is deleted by it),
 * a merge's after it (the merged-away article must exist again first).
 */
function moveNewer(db: Database, c: ChangeRow, s: StructureSnapshot, restore: () => void): void {
  const known = new Set(s.highlights.map((h) => h.id as number))
  const move = statement(
    db,
    `UPDATE highlights SET article_id = ?, start_offset = start_offset + ?,
         end_offset = end_offset + ? WHERE id = ?`,
  )
  const row = (id: number) =>
    s.articles.find((a) => a.id === id) as { text: string; title: string } | undefined
  if (c.kind === 'split') {
    const original = row(c.article_id)!
    const later = statement(db, 'SELECT id, start_offset FROM highlights WHERE article_id = ?').all(
      c.other_id,
    ) as { id: number; start_offset: number }[]
    // UTF-16 lengths, as offsets are (SQLite's length() counts code points).
    const shift = original.text.length - textOf(db, c.other_id).length
    const moved = later.filter((h) => !known.has(h.id))
    for (const h of moved) move.run(c.article_id, shift, shift, h.id)
    restore()
    redescribe(db, c.article_id, moved)
  } else {
    const a = row(c.article_id)!
    const b = row(c.other_id)!
    const shift = a.text.length + 1 + b.title.length + 1
    const later = statement(db, 'SELECT id, start_offset FROM highlights WHERE article_id = ?').all(
      c.article_id,
    ) as { id: number; start_offset: number }[]
    restore()
    const moved = later.filter((h) => !known.has(h.id) && h.start_offset >= shift)
    for (const h of moved) move.run(c.other_id, -shift, -shift, h.id)
    redescribe(db, c.other_id, moved)
  }
}

/** Undoes the newest split or merge involving article `id`. */
export function undoStructure(db: Database, id: number): UndoOutcome {
  return db.transaction(() => {
    const c = latestStructureChange(db, id)
    if (!c) throw new AppException('NOT_FOUND', `article ${id} has no split or merge to undo`)
    const other = c.article_id === id ? c.other_id : c.article_id
    const newer = latestStructureChange(db, other)
    if (newer && newer.id !== c.id) {
      throw new AppException(
        'INVALID_INPUT',
        `article ${other} was split or merged again since: undo that first`,
      )
    }
    const s = JSON.parse(c.snapshot) as StructureSnapshot
    for (const [articleId, hash] of Object.entries(s.after)) {
      const r = statement(db, 'SELECT content_hash FROM articles WHERE id = ?').get(
        Number(articleId),
      ) as { content_hash: string } | undefined
      if (r && r.content_hash !== hash) {
        throw new AppException(
          'INVALID_INPUT',
          `the text of article ${articleId} was corrected since the ${c.kind}: undo that correction first`,
        )
      }
    }
    moveNewer(db, c, s, () => restoreSnapshot(db, s, c.kind === 'split' ? [c.other_id] : []))
    statement(db, 'DELETE FROM structure_changes WHERE id = ?').run(c.id)
    return { kind: c.kind, articleId: c.article_id, otherId: c.other_id }
  })()
}
