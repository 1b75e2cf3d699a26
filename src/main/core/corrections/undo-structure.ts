/**
 * Undo of a structural correction: the newest split or merge touching an
 * article is reversed in one transaction, back to the exact stored state.
 * Highlights made since on the moved-out part follow it back with their
 * offsets shifted. Refused when a text correction changed either article
 * since (undo that first), so nothing written later is silently lost.
 */
import type { Database } from 'better-sqlite3'
import { AppException } from '../../../shared/result'
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
    const secondLength = statement(db, 'SELECT length(text) AS n FROM articles WHERE id = ?').get(
      c.other_id,
    ) as { n: number }
    const shift = original.text.length - secondLength.n
    for (const h of later) if (!known.has(h.id)) move.run(c.article_id, shift, shift, h.id)
    restore()
  } else {
    const a = row(c.article_id)!
    const b = row(c.other_id)!
    const shift = a.text.length + 1 + b.title.length + 1
    const later = statement(db, 'SELECT id, start_offset FROM highlights WHERE article_id = ?').all(
      c.article_id,
    ) as { id: number; start_offset: number }[]
    restore()
    for (const h of later) {
      if (!known.has(h.id) && h.start_offset >= shift) move.run(c.other_id, -shift, -shift, h.id)
    }
    return
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
