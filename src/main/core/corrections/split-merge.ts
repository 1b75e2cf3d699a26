/**
 * Structural corrections: split an article at a paragraph into two, or merge
 * it with the next article of its source. Each is one transaction that keeps
 * the previous state (see structure-snapshot.ts) so `undoStructure` restores
 * it exactly, and records the old text in article_versions. Highlights keep
 * their ids (briefings and policy mentions stay attached); the search index
 * follows through the triggers on articles and highlights.
 */
import type { Database } from 'better-sqlite3'
import type { Block } from '@shared/domain'
import { AppException } from '@shared/result'
import { describeRange } from '../anchoring'
import { countChars, getArticle, insertArticle, textOfBlocks } from '../db/repos/articles'
import { statement } from '../db/statements'
import { sha256Hex } from '../hash'
import { combineNotes, type StoredNote } from './merge-notes'
import { takeSnapshot, type StructureSnapshot } from './structure-snapshot'

/** What a split or merge did: the change id (for undo) and the articles involved. */
export interface StructureOutcome {
  changeId: number
  kind: 'split' | 'merge'
  articleId: number
  otherId: number
  highlightsMoved: number
  highlightsClipped: number
}

interface HighlightPlace {
  id: number
  start_offset: number
  end_offset: number
  anchor_status: string
}

function sourceOf(db: Database, id: number): { sourceId: number | null; position: number } {
  const r = statement(db, 'SELECT source_id, position FROM articles WHERE id = ?').get(id) as
    { source_id: number | null; position: number } | undefined
  if (!r) throw new AppException('NOT_FOUND', `No article with id ${id}`)
  return { sourceId: r.source_id, position: r.position }
}

function places(db: Database, articleId: number): HighlightPlace[] {
  return statement(
    db,
    'SELECT id, start_offset, end_offset, anchor_status FROM highlights WHERE article_id = ?',
  ).all(articleId) as HighlightPlace[]
}

/** Rewrites an article's blocks (and derived text, count, hash) and title. */
function writeBody(db: Database, id: number, title: string, blocks: Block[], now: string): void {
  const text = textOfBlocks(blocks)
  statement(
    db,
    `UPDATE articles SET title = ?, text = ?, blocks = ?, char_count = ?, content_hash = ?,
         updated_at = ? WHERE id = ?`,
  ).run(title, text, JSON.stringify(blocks), countChars(blocks), sha256Hex(text), now, id)
}

/** Puts a highlight at [start, end) of `text` in article `articleId`, re-describing its quote. */
function place(
  db: Database,
  h: HighlightPlace,
  articleId: number,
  text: string,
  start: number,
  end: number,
  anchor: string,
): void {
  const a = describeRange(text, start, end)
  statement(
    db,
    `UPDATE highlights SET article_id = ?, start_offset = ?, end_offset = ?, exact = ?,
         prefix = ?, suffix = ?, anchor_status = ? WHERE id = ?`,
  ).run(articleId, a.start, a.end, a.exact, a.prefix, a.suffix, anchor, h.id)
}

function record(
  db: Database,
  kind: 'split' | 'merge',
  articleId: number,
  otherId: number,
  snap: StructureSnapshot,
  now: string,
): number {
  for (const id of [articleId, otherId]) {
    const r = statement(db, 'SELECT content_hash FROM articles WHERE id = ?').get(id) as
      { content_hash: string } | undefined
    if (r) snap.after[String(id)] = r.content_hash
  }
  const info = statement(
    db,
    `INSERT INTO structure_changes (kind, article_id, other_id, snapshot, created_at)
       VALUES (?, ?, ?, ?, ?)`,
  ).run(kind, articleId, otherId, JSON.stringify(snap), now)
  return Number(info.lastInsertRowid)
}

function keepVersion(db: Database, id: number, reason: string, now: string): void {
  statement(
    db,
    `INSERT INTO article_versions (article_id, text, blocks, reason, created_at)
       SELECT id, text, blocks, ?, ? FROM articles WHERE id = ?`,
  ).run(reason, now, id)
}

/**
 * Splits article `id` before block `at` (1 ≤ at < number of blocks). The new
 * article follows it in its source and gets the same tags; its title is the
 * text of block `at` when that block is a heading (the heading then leaves
 * the body unless a highlight lies in it), else `title`, which is then
 * required. Highlights after the split point move with offsets rebased;
 * a highlight crossing the split point stays in the first article, clipped
 * to its end and marked `moved` (its full quote comes back with undo).
 */
export function splitArticle(
  db: Database,
  id: number,
  at: number,
  title?: string,
): StructureOutcome {
  return db.transaction(() => {
    const article = getArticle(db, id)
    const { sourceId, position } = sourceOf(db, id)
    const n = article.blocks.length
    if (!Number.isInteger(at) || at < 1 || at >= n) {
      throw new AppException(
        'INVALID_INPUT',
        `article ${id} has ${n} paragraph(s): split at a paragraph from 1 to ${n - 1}`,
      )
    }
    const first = article.blocks.slice(0, at)
    let second = article.blocks.slice(at)
    const base = textOfBlocks(first).length + 1
    const head = second[0]!
    const hs = places(db, id)
    let newTitle = title?.trim() ?? ''
    let shift = base
    if (head.kind === 'heading' && head.text.trim()) {
      if (!newTitle) newTitle = head.text.trim()
      const headEnd = base + head.text.length
      const inHeading = hs.some((h) => h.end_offset > base && h.start_offset <= headEnd)
      if (!inHeading && second.length > 1) {
        second = second.slice(1)
        shift = headEnd + 1
      }
    }
    if (!newTitle) {
      throw new AppException(
        'INVALID_INPUT',
        `paragraph ${at} of article ${id} is not a heading: give the new article a title`,
      )
    }
    const now = new Date().toISOString()
    const snap = takeSnapshot(db, [id], sourceId)
    keepVersion(db, id, `split at paragraph ${at}`, now)
    if (sourceId !== null) {
      statement(
        db,
        'UPDATE articles SET position = position + 1 WHERE source_id = ? AND position > ?',
      ).run(sourceId, position)
    }
    const newId = insertArticle(
      db,
      {
        sourceId,
        position: position + 1,
        title: newTitle,
        publication: article.publication,
        publishedOn: article.publishedOn,
        page: article.page,
        blocks: second,
      },
      now,
    )
    writeBody(db, id, article.title, first, now)
    const firstText = textOfBlocks(first)
    const secondText = textOfBlocks(second)
    let moved = 0
    let clipped = 0
    for (const h of hs) {
      if (h.end_offset <= firstText.length) continue
      if (h.start_offset >= base - 1 || h.anchor_status === 'orphan') {
        const s = Math.max(0, h.start_offset - shift)
        const e = Math.min(secondText.length, h.end_offset - shift)
        if (h.anchor_status === 'orphan' || e <= s) {
          statement(db, 'UPDATE highlights SET article_id = ? WHERE id = ?').run(newId, h.id)
          if (h.anchor_status !== 'orphan') {
            statement(db, "UPDATE highlights SET anchor_status = 'orphan' WHERE id = ?").run(h.id)
          }
        } else place(db, h, newId, secondText, s, e, h.anchor_status)
        moved++
      } else {
        place(db, h, id, firstText, h.start_offset, firstText.length, 'moved')
        clipped++
      }
    }
    statement(
      db,
      `INSERT INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ?`,
    ).run(newId, id)
    statement(
      db,
      `UPDATE policy_dismissals SET article_id = ?, start_offset = start_offset - ?,
           end_offset = end_offset - ? WHERE article_id = ? AND start_offset >= ?`,
    ).run(newId, shift, shift, id, shift)
    statement(db, 'DELETE FROM policy_dismissals WHERE article_id = ? AND end_offset > ?').run(
      id,
      firstText.length,
    )
    const changeId = record(db, 'split', id, newId, snap, now)
    return {
      changeId,
      kind: 'split' as const,
      articleId: id,
      otherId: newId,
      highlightsMoved: moved,
      highlightsClipped: clipped,
    }
  })()
}

/** The article after `id` in its source (next position, then id); throws when there is none. */
export function nextArticle(db: Database, id: number): number {
  const { sourceId, position } = sourceOf(db, id)
  const r =
    sourceId === null
      ? undefined
      : (statement(
          db,
          `SELECT id FROM articles WHERE source_id = ? AND id <> ?
             AND (position > ? OR (position = ? AND id > ?)) ORDER BY position, id LIMIT 1`,
        ).get(sourceId, id, position, position, id) as { id: number } | undefined)
  if (!r) {
    throw new AppException(
      'INVALID_INPUT',
      `article ${id} is the last article of its source file: there is no next article to merge`,
    )
  }
  return r.id
}

interface NoteRow extends StoredNote {
  updatedAt: string
}

function noteOf(db: Database, id: number): NoteRow | null {
  const r = statement(
    db,
    "SELECT note_json, note_text, updated_at FROM article_notes WHERE article_id = ? AND note_text <> ''",
  ).get(id) as { note_json: string | null; note_text: string; updated_at: string } | undefined
  return r ? { json: r.note_json, text: r.note_text, updatedAt: r.updated_at } : null
}

/**
 * Leaves `id` with the notes of both articles: the one there is (as it was),
 * or both combined in order. Blank notes are dropped.
 */
function mergeNotes(
  db: Database,
  id: number,
  nextId: number,
  nextTitle: string,
  now: string,
): void {
  const first = noteOf(db, id)
  const second = noteOf(db, nextId)
  const keep =
    first && second
      ? { ...combineNotes(first, second, nextTitle), updatedAt: now }
      : (first ?? second)
  statement(db, 'DELETE FROM article_notes WHERE article_id IN (?, ?)').run(id, nextId)
  if (!keep) return
  statement(
    db,
    'INSERT INTO article_notes (article_id, note_json, note_text, updated_at) VALUES (?, ?, ?, ?)',
  ).run(id, keep.json, keep.text, keep.updatedAt)
}

/**
 * Merges article `id` with the next article of the same source file (by its
 * position in the source, the order the import split them): the next one's
 * title becomes a heading block, its blocks follow, its highlights, tags,
 * policy dismissals and text versions move over with offsets shifted. Its
 * article note moves over when `id` has none; when both have notes they are
 * combined in order, under a line naming the next article (see merge-notes).
 */
export function mergeWithNext(db: Database, id: number): StructureOutcome {
  return db.transaction(() => {
    const nextId = nextArticle(db, id)
    const a = getArticle(db, id)
    const b = getArticle(db, nextId)
    const now = new Date().toISOString()
    const snap = takeSnapshot(db, [id, nextId], sourceOf(db, id).sourceId)
    keepVersion(db, id, `merged with article ${nextId}`, now)
    const blocks: Block[] = [...a.blocks, { kind: 'heading', text: b.title }, ...b.blocks]
    const shift = a.text.length + 1 + b.title.length + 1
    writeBody(db, id, a.title, blocks, now)
    const text = textOfBlocks(blocks)
    const hs = places(db, nextId)
    for (const h of hs) {
      if (h.anchor_status === 'orphan') {
        statement(db, 'UPDATE highlights SET article_id = ? WHERE id = ?').run(id, h.id)
      } else place(db, h, id, text, h.start_offset + shift, h.end_offset + shift, h.anchor_status)
    }
    statement(
      db,
      `INSERT OR IGNORE INTO article_tags (article_id, tag_id)
         SELECT ?, tag_id FROM article_tags WHERE article_id = ?`,
    ).run(id, nextId)
    statement(
      db,
      `UPDATE policy_dismissals SET article_id = ?, start_offset = start_offset + ?,
           end_offset = end_offset + ? WHERE article_id = ?`,
    ).run(id, shift, shift, nextId)
    statement(db, 'UPDATE article_versions SET article_id = ? WHERE article_id = ?').run(id, nextId)
    mergeNotes(db, id, nextId, b.title, now)
    statement(db, 'DELETE FROM articles WHERE id = ?').run(nextId)
    const changeId = record(db, 'merge', id, nextId, snap, now)
    return {
      changeId,
      kind: 'merge' as const,
      articleId: id,
      otherId: nextId,
      highlightsMoved: hs.length,
      highlightsClipped: 0,
    }
  })()
}
