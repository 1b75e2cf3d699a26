/**
 * The property the index must keep: for any query, search returns exactly
 * the documents a brute-force substring scan over the folded text finds.
 * A small alphabet (CJK simplified and traditional, Latin in both cases,
 * digits, full-width forms, quote variants, punctuation) makes 1- and 2-character queries collide
 * often, and random edits exercise the triggers between rounds. A share of
 * the queries is repeated within a tag, the filter that can change which
 * side of the query drives.
 */
import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { fold } from './fold'
import { parseQuery } from './query'
import { search } from './search'
import { addArticle, addHighlight, addTag } from './test-support'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = [
  ...'营商环境招优化质量高发展的一',
  ...'營環質發經济濟', // traditional forms fold onto the simplified ones
  ...'aAbBgdpGDP',
  ...'0123',
  ...'ＧＤＰ２４',
  ...'“”「」"\'+-，。 ',
  '\n',
  '𠀀',
]

describe('search equals a brute-force substring scan', () => {
  it('for thousands of random queries, before and after edits', () => {
    const next = rng(20240501)
    const int = (n: number): number => Math.floor(next() * n)
    const text = (len: number): string =>
      Array.from({ length: len }, () => ALPHABET[int(ALPHABET.length)]).join('')
    const { db } = tempLibrary()
    const articles = new Map<number, { title: string; text: string }>()
    const highlights = new Map<number, { exact: string; note: string; tags: string[] }>()
    const tagIds = ['营商', 'GDP', '质量发展'].map((n) => ({ id: addTag(db, n), name: n }))
    for (let i = 0; i < 60; i++) {
      const a = {
        title:
          text(1 + int(8))
            .replace(/\n/g, ' ')
            .trim() || '题',
        text: text(20 + int(120)),
      }
      const id = addArticle(db, a.title, a.text)
      articles.set(id, { title: a.title, text: a.text.replace(/\n\n/g, '\n') })
      for (let k = int(4); k > 0; k--) {
        const h = {
          exact: text(1 + int(10)),
          note: int(2) ? text(int(20)) : '',
          tags: [] as string[],
        }
        const hid = addHighlight(db, id, h.exact, { note: h.note })
        if (int(3) === 0) {
          const tag = tagIds[int(tagIds.length)]!
          db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)').run(
            hid,
            tag.id,
          )
          h.tags.push(tag.name)
        }
        highlights.set(hid, h)
      }
    }
    // Read the stored text back: that is what brute force must see.
    for (const [id, a] of articles) {
      const row = db.prepare('SELECT title, text FROM articles WHERE id = ?').get(id) as {
        title: string
        text: string
      }
      a.title = row.title
      a.text = row.text
    }

    const docsOf = (): { h: Map<number, string>; a: Map<number, string> } => ({
      h: new Map(
        [...highlights].map(([id, h]) => [
          id,
          fold([h.exact, h.note, h.tags.join('\n')].join('\n')),
        ]),
      ),
      a: new Map([...articles].map(([id, a]) => [id, fold([a.title, a.text, ''].join('\n'))])),
    })
    const brute = (docs: Map<number, string>, query: string): number[] => {
      const terms = parseQuery(query)
      return [...docs]
        .filter(([, body]) => terms.every((t) => body.includes(t.text) !== t.negative))
        .map(([id]) => id)
        .sort((x, y) => x - y)
    }
    const randomQuery = (docs: string[]): string => {
      const terms: string[] = []
      for (let n = 1 + int(2); n > 0; n--) {
        const body = [...docs[int(docs.length)]!]
        const len = [1, 2, 2, 3, 4, 6][int(6)]!
        const from = int(Math.max(1, body.length - len))
        let t = int(4) === 0 ? text(len) : body.slice(from, from + len).join('')
        t = t.replace(/[\s"]/g, '')
        if (!t) continue
        if (int(5) === 0 && t.length > 1) t = `"${t}"`
        if (int(6) === 0) t = `-${t}`
        terms.push(t)
      }
      return terms.join(' ')
    }

    let checked = 0
    let nonEmpty = 0
    let filtered = 0
    const pick = rng(7)
    const tagNames = tagIds.map((t) => t.name)
    const round = (queries: number): void => {
      const docs = docsOf()
      const bodies = [...docs.h.values(), ...docs.a.values()]
      for (let q = 0; q < queries; q++) {
        const query = randomQuery(bodies)
        const r = search(db, { query, limit: 1000 })
        const gotH = r.hits
          .filter((h) => h.kind !== 'article')
          .map((h) => h.id)
          .sort((x, y) => x - y)
        const gotA = r.hits
          .filter((h) => h.kind === 'article')
          .map((h) => h.id)
          .sort((x, y) => x - y)
        const wantH = brute(docs.h, query)
        const wantA = brute(docs.a, query)
        expect({ query, h: gotH, a: gotA }).toEqual({ query, h: wantH, a: wantA })
        expect(r.annotationTotal).toBe(wantH.length)
        expect(r.articleTotal).toBe(wantA.length)
        if (pick() < 0.4) {
          // The same query within a tag: either side may drive (drive.ts), same answer.
          const tag = tagNames[Math.floor(pick() * tagNames.length)]!
          const t = search(db, { query, tag, limit: 1000 })
          const want = wantH.filter((id) => highlights.get(id)!.tags.includes(tag))
          expect({ query, tag, h: t.hits.map((h) => h.id).sort((x, y) => x - y) }).toEqual({
            query,
            tag,
            h: want,
          })
          filtered++
        }
        checked++
        if (wantH.length + wantA.length > 0) nonEmpty++
      }
    }

    round(1500)
    // Edits through plain SQL, as the reader and import code would write them.
    for (const [id, h] of [...highlights].slice(0, 40)) {
      h.exact = text(1 + int(8))
      h.note = text(int(10))
      db.prepare('UPDATE highlights SET exact = ?, note_text = ? WHERE id = ?').run(
        h.exact,
        h.note,
        id,
      )
    }
    for (const id of [...highlights.keys()].slice(40, 60)) {
      db.prepare('DELETE FROM highlights WHERE id = ?').run(id)
      highlights.delete(id)
    }
    for (const id of [...articles.keys()].slice(0, 10)) {
      db.prepare('DELETE FROM articles WHERE id = ?').run(id)
      articles.delete(id)
      for (const [hid] of [...highlights]) {
        const row = db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(hid)
        if (!row) highlights.delete(hid)
      }
    }
    db.prepare("UPDATE tags SET name = 'ＧＤＰ增速' WHERE name = 'GDP'").run()
    for (const h of highlights.values())
      h.tags = h.tags.map((t) => (t === 'GDP' ? 'ＧＤＰ增速' : t))
    tagNames[tagNames.indexOf('GDP')] = 'ＧＤＰ增速'
    round(1500)

    expect(checked).toBe(3000)
    expect(filtered).toBeGreaterThan(1000)
    expect(nonEmpty).toBeGreaterThan(1500)
  })
})
