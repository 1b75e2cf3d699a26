/**
 * Articles repository: functions that take the connection. The article's
 * `text` is the offset space highlights refer to; it is always derived from
 * its blocks here, never passed in separately.
 */
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { Article, ArticleSummary, Block } from '@shared/domain'
import { AppException } from '@shared/result'
import { sha256Hex } from '../../hash'
import { charLength } from '../../text/cjk'

export interface NewArticle {
  sourceId: number | null
  position: number
  title: string
  kicker?: string | null
  subtitle?: string | null
  byline?: string | null
  publication?: string | null
  publishedOn?: string | null
  page?: string | null
  blocks: Block[]
}

interface ArticleRow {
  id: number
  title: string
  kicker: string | null
  subtitle: string | null
  byline: string | null
  publication: string | null
  published_on: string | null
  page: string | null
  text: string
  blocks: string
  char_count: number
  content_hash: string
  created_at: string
  updated_at: string
  file_name: string | null
  format: string | null
  encoding: string | null
  imported_at: string | null
}

/** The text highlights are anchored in: block texts joined by newlines. */
export function textOfBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n')
}

/** Characters a reader counts: code points, not UTF-16 units, without the block separators. */
export function countChars(blocks: readonly Block[]): number {
  let n = 0
  for (const b of blocks) n += charLength(b.text)
  return n
}

/** Inserts one article; the caller owns the transaction. Returns its id. */
export function insertArticle(db: Database, a: NewArticle, now: string): number {
  const text = textOfBlocks(a.blocks)
  const info = statement(
    db,
    `INSERT INTO articles (source_id, position, title, kicker, subtitle, byline, publication,
         published_on, page, text, blocks, char_count, content_hash, created_at, updated_at)
       VALUES (@sourceId, @position, @title, @kicker, @subtitle, @byline, @publication,
         @publishedOn, @page, @text, @blocks, @charCount, @contentHash, @now, @now)`,
  ).run({
    sourceId: a.sourceId,
    position: a.position,
    title: a.title,
    kicker: a.kicker ?? null,
    subtitle: a.subtitle ?? null,
    byline: a.byline ?? null,
    publication: a.publication ?? null,
    publishedOn: a.publishedOn ?? null,
    page: a.page ?? null,
    text,
    blocks: JSON.stringify(a.blocks),
    charCount: countChars(a.blocks),
    contentHash: sha256Hex(text),
    now,
  })
  return Number(info.lastInsertRowid)
}

const SUMMARY_COLUMNS = `a.id, a.title, a.publication, a.published_on, a.page, a.char_count, a.created_at`

function toSummary(
  r: Pick<
    ArticleRow,
    'id' | 'title' | 'publication' | 'published_on' | 'page' | 'char_count' | 'created_at'
  >,
): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    publication: r.publication,
    publishedOn: r.published_on,
    page: r.page,
    charCount: r.char_count,
    createdAt: r.created_at,
  }
}

/** Newest import first; within one import, in the order the files and articles came. */
export function listArticles(db: Database, limit = 1000, offset = 0): ArticleSummary[] {
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM articles a
       ORDER BY a.created_at DESC, a.id ASC
       LIMIT ? OFFSET ?`,
  ).all(limit, offset) as ArticleRow[]
  return rows.map(toSummary)
}

export function articleSummaries(db: Database, ids: readonly number[]): ArticleSummary[] {
  const stmt = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`)
  return ids.map((id) => toSummary(stmt.get(id) as ArticleRow))
}

export function countArticles(db: Database): number {
  return (statement(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

/** The whole article with its source; throws NOT_FOUND for an unknown id. */
export function getArticle(db: Database, id: number): Article {
  const r = statement(
    db,
    `SELECT a.*, s.file_name, s.format, s.encoding, s.imported_at
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
  ).get(id) as ArticleRow | undefined
  if (!r) throw new AppException('NOT_FOUND', `No article with id ${id}`)
  return {
    ...toSummary(r),
    kicker: r.kicker,
    subtitle: r.subtitle,
    byline: r.byline,
    text: r.text,
    blocks: JSON.parse(r.blocks) as Block[],
    contentHash: r.content_hash,
    updatedAt: r.updated_at,
    source:
      r.file_name === null
        ? null
        : {
            fileName: r.file_name,
            format: r.format ?? 'txt',
            encoding: r.encoding,
            importedAt: r.imported_at ?? r.created_at,
          },
  }
}
