import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import type { Block } from '@shared/domain'
import { getArticle, insertArticle } from '../db/repos/articles'
import { listHighlights } from '../db/repos/highlights'
import { createHighlight } from '../highlights/highlights'
import { getArticleNote, saveArticleNote } from '../db/repos/reader-state'
import { search } from '../search/search'
import { replaceText } from './replace-text'
import { mergeWithNext, splitArticle } from './split-merge'
import { undoStructure } from './undo-structure'

const P = (text: string): Block => ({ kind: 'paragraph', text })
const H = (text: string): Block => ({ kind: 'heading', text })

/** Two articles of one source: the first wrongly holds a second piece after a heading. */
function library(): { db: Database; a: number; b: number } {
  const { db } = tempLibrary()
  const now = new Date().toISOString()
  const src = db
    .prepare(
      `INSERT INTO sources (file_name, sha256, format, byte_size, imported_at)
         VALUES ('日报.txt', 'x', 'txt', 1, ?)`,
    )
    .run(now).lastInsertRowid
  const sourceId = Number(src)
  const a = insertArticle(
    db,
    {
      sourceId,
      position: 0,
      title: '推进数字经济发展',
      blocks: [
        P('加快建设全国统一大市场，打通制约经济循环的堵点。'),
        P('推动数据要素市场化配置改革。'),
        H('乡村振兴稳步推进'),
        P('粮食产量连续稳定在一万三千亿斤以上。'),
        P('农村人居环境整治提升五年行动持续实施。'),
      ],
    },
    now,
  )
  const b = insertArticle(
    db,
    { sourceId, position: 1, title: '生态文明建设', blocks: [P('坚持绿水青山就是金山银山理念。')] },
    now,
  )
  return { db, a, b }
}

function mark(db: Database, articleId: number, quote: string, noteText = '') {
  const text = getArticle(db, articleId).text
  const start = text.indexOf(quote)
  return createHighlight(db, { articleId, start, end: start + quote.length, noteText })
}

/** A note as the note editor saves it: one paragraph of text. */
const noteJson = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
          ],
        },
      ],
    },
  })

const hits = (db: Database, q: string) =>
  search(db, { query: q }).hits.map((h) => ({ kind: h.kind, articleId: h.articleId }))

const state = (db: Database) => ({
  articles: db.prepare('SELECT * FROM articles ORDER BY id').all(),
  highlights: db.prepare('SELECT * FROM highlights ORDER BY id').all(),
  versions: db.prepare('SELECT article_id, text FROM article_versions ORDER BY id').all(),
})

describe('splitArticle', () => {
  it('moves the highlights after a heading into a new article titled by it, exact text intact', () => {
    const { db, a, b } = library()
    const early = mark(db, a, '数据要素市场化')
    const late = mark(db, a, '一万三千亿斤', '粮食安全底线')
    const out = splitArticle(db, a, 2)
    expect(out).toMatchObject({ kind: 'split', articleId: a, highlightsMoved: 1 })
    const first = getArticle(db, a)
    const second = getArticle(db, out.otherId)
    expect(first.blocks).toHaveLength(2)
    expect(second.title).toBe('乡村振兴稳步推进')
    expect(second.blocks.map((x) => x.text)).toEqual([
      '粮食产量连续稳定在一万三千亿斤以上。',
      '农村人居环境整治提升五年行动持续实施。',
    ])
    const [h1] = listHighlights(db, a)
    const [h2] = listHighlights(db, out.otherId)
    expect(h1!.id).toBe(early.id)
    expect(first.text.slice(h1!.start, h1!.end)).toBe('数据要素市场化')
    expect(h2!.id).toBe(late.id)
    expect(second.text.slice(h2!.start, h2!.end)).toBe('一万三千亿斤')
    expect(h2!.anchor).toBe('ok')
    // The search index follows: the moved text and note are found in the new article.
    expect(hits(db, '粮食产量')).toEqual([{ kind: 'article', articleId: out.otherId }])
    expect(hits(db, '粮食安全底线')).toEqual([{ kind: 'note', articleId: out.otherId }])
    expect(hits(db, '数据要素')).toContainEqual({ kind: 'article', articleId: a })
    // It sits right after the original in its source, before the next article.
    const order = db.prepare('SELECT id FROM articles ORDER BY position').all()
    expect(order).toEqual([{ id: a }, { id: out.otherId }, { id: b }])
  })

  it('keeps a highlight crossing the split point in the first article, clipped, and undo restores it', () => {
    const { db, a } = library()
    const before = state(db)
    const quote = '配置改革。\n乡村振兴'
    const crossing = mark(db, a, quote)
    const withHighlight = state(db)
    const out = splitArticle(db, a, 2)
    expect(out.highlightsClipped).toBe(1)
    const h = listHighlights(db, a).find((x) => x.id === crossing.id)!
    expect(h).toMatchObject({ exact: '配置改革。', anchor: 'moved' })
    undoStructure(db, a)
    expect(state(db)).toEqual(withHighlight)
    expect(before.articles).toEqual(withHighlight.articles)
  })

  it('needs a title when the paragraph is not a heading, and rejects a bad index', () => {
    const { db, a } = library()
    const before = state(db)
    expect(() => splitArticle(db, a, 1)).toThrow(/not a heading: give the new article a title/)
    expect(() => splitArticle(db, a, 5)).toThrow(/split at a paragraph from 1 to 4/)
    expect(state(db)).toEqual(before)
    const out = splitArticle(db, a, 1, '数据要素')
    expect(getArticle(db, out.otherId).blocks[0]!.text).toBe('推动数据要素市场化配置改革。')
  })
})

describe('mergeWithNext', () => {
  it('appends the next article under its title as a heading, moving its highlights', () => {
    const { db, a, b } = library()
    const hb = mark(db, b, '绿水青山', '两山理念')
    const out = mergeWithNext(db, a)
    expect(out).toMatchObject({ kind: 'merge', articleId: a, otherId: b, highlightsMoved: 1 })
    const merged = getArticle(db, a)
    expect(merged.blocks.at(-2)).toEqual(H('生态文明建设'))
    const [moved] = listHighlights(db, a)
    expect(moved!.id).toBe(hb.id)
    expect(merged.text.slice(moved!.start, moved!.end)).toBe('绿水青山')
    expect(() => getArticle(db, b)).toThrow(/No article with id/)
    expect(hits(db, '金山银山')).toEqual([{ kind: 'article', articleId: a }])
    expect(hits(db, '两山理念')).toEqual([{ kind: 'note', articleId: a }])
    expect(() => mergeWithNext(db, a)).toThrow(/last article of its source/)
  })

  it('undo brings the merged article back exactly, with highlights made since', () => {
    const { db, a, b } = library()
    mark(db, b, '绿水青山')
    const before = state(db)
    mergeWithNext(db, a)
    const later = mark(db, a, '金山银山')
    undoStructure(db, a)
    const after = state(db)
    expect(after.articles).toEqual(before.articles)
    expect(after.versions).toEqual(before.versions)
    const back = listHighlights(db, b).find((h) => h.id === later.id)!
    expect(getArticle(db, b).text.slice(back.start, back.end)).toBe('金山银山')
    expect(hits(db, '金山银山')).toContainEqual({ kind: 'article', articleId: b })
    expect(hits(db, '生态文明建设')).toEqual([{ kind: 'article', articleId: b }])
    expect(() => undoStructure(db, a)).toThrow(/no split or merge to undo/)
  })

  it('combines both article notes in order, and undo gives each its own note back', () => {
    const { db, a, b } = library()
    const noteA = { json: noteJson('数字经济要点'), text: '数字经济要点' }
    const noteB = { json: noteJson('两山理念'), text: '两山理念' }
    saveArticleNote(db, a, noteA, '2024-01-01T00:00:00.000Z')
    saveArticleNote(db, b, noteB, '2024-01-02T00:00:00.000Z')
    const before = db.prepare('SELECT * FROM article_notes ORDER BY article_id').all()
    mergeWithNext(db, a)
    const merged = getArticleNote(db, a)
    expect(merged.text).toBe('数字经济要点\n—— 生态文明建设 ——\n两山理念')
    const texts = JSON.parse(merged.json!).root.children.map(
      (p: { children: { text: string }[] }) => p.children[0]!.text,
    )
    expect(texts).toEqual(['数字经济要点', '—— 生态文明建设 ——', '两山理念'])
    // An article note is indexed with its article.
    expect(hits(db, '两山理念')).toEqual([{ kind: 'article', articleId: a }])
    undoStructure(db, a)
    expect(db.prepare('SELECT * FROM article_notes ORDER BY article_id').all()).toEqual(before)
    expect(hits(db, '两山理念')).toEqual([{ kind: 'article', articleId: b }])
  })

  it('moves the only note over, keeping when it was written', () => {
    const { db, a, b } = library()
    saveArticleNote(db, b, { json: null, text: '两山理念' }, '2024-01-02T00:00:00.000Z')
    mergeWithNext(db, a)
    expect(getArticleNote(db, a)).toEqual({
      json: null,
      text: '两山理念',
      updatedAt: '2024-01-02T00:00:00.000Z',
    })
  })

  it('keeps the old text as a version and refuses undo after a later text correction', () => {
    const { db, a } = library()
    mergeWithNext(db, a)
    const versions = db.prepare('SELECT reason FROM article_versions').all()
    expect(versions).toEqual([{ reason: `merged with article 2` }])
    replaceText(db, [a], { find: '堵点', replace: '难点' })
    expect(() => undoStructure(db, a)).toThrow(/was corrected since the merge/)
  })
})

describe('undoStructure after a split', () => {
  it('takes highlights made on the new article since back, at the right place', () => {
    const { db, a } = library()
    const out = splitArticle(db, a, 2)
    const later = mark(db, out.otherId, '人居环境')
    undoStructure(db, out.otherId)
    expect(() => getArticle(db, out.otherId)).toThrow(/No article with id/)
    const back = listHighlights(db, a).find((h) => h.id === later.id)!
    const text = getArticle(db, a).text
    expect(text.slice(back.start, back.end)).toBe('人居环境')
    expect(back.prefix).toBe(text.slice(back.start - 32, back.start))
    expect(hits(db, '人居环境')).toContainEqual({ kind: 'article', articleId: a })
  })
})
