import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseChecksum } from '../../../../tests/helpers/fuzz'
import { fixture, tempDir, tempLibrary } from '../../../../tests/helpers/temp'
import type { Library } from '../db/open'
import { listArticles } from '../db/repos/articles'
import { listHighlights } from '../db/repos/highlights'
import { gatherArticle } from '../export/gather'
import type { ExportSet } from '../export/export-set'
import { toWebAnnotations } from '../export/web-annotation'
import { createHighlight, findQuote } from '../highlights/highlights'
import { importPaths } from '../import/pipeline'
import { setHighlightTags } from '../db/repos/tags'
import { importAnnotations } from './import-annotations'

const NOTICE = fixture('policy-notice.txt')
const PLAN = fixture('digital-economy-plan.md')

function mark(lib: Library, articleId: number, quote: string, more = {}): void {
  createHighlight(lib.db, { articleId, ...findQuote(lib.db, articleId, quote), ...more })
}

/** Every highlight of the library as one Web Annotation file. */
function exportAll(lib: Library): string {
  const sections = listArticles(lib.db).flatMap(
    (a) => gatherArticle(lib.db, a.id, '2026-01-01T00:00:00Z').sections,
  )
  const set: ExportSet = { title: 't', summary: '', sections, createdAt: '2026-01-01T00:00:00Z' }
  return toWebAnnotations(set)
}

/** What identifies an annotation across libraries: article, quote, place, colour, note, tags. */
function shape(file: string): unknown[] {
  const doc = JSON.parse(file) as { first: { items: Record<string, unknown>[] } }
  return doc.first.items.map((a) => ({ target: a['target'], body: a['body'], c: a['pizhu:color'] }))
}

async function colleague(): Promise<Library> {
  const lib = tempLibrary()
  await importPaths(lib.db, [NOTICE, PLAN])
  mark(lib, 1, '企业开办时间压缩至1个工作日以内', {
    color: 'green',
    noteText: '比省里要求更快',
    tags: ['营商环境', '营商环境/政务服务'],
  })
  mark(lib, 1, '设立“办不成事”反映窗口', { color: 'pink' })
  const plan = listArticles(lib.db).find((a) => a.id !== 1)!.id
  const { text: planText } = lib.db.prepare('SELECT text FROM articles WHERE id = ?').get(plan) as {
    text: string
  }
  const quote = planText
    .split('\n')
    .find((l) => l.length > 30)!
    .slice(5, 25)
  mark(lib, plan, quote, { noteText: '数据要素', tags: ['数字经济'] })
  return lib
}

describe('importAnnotations', () => {
  it('round-trips: export, import into a library with the same articles, export again', async () => {
    const file = exportAll(await colleague())
    const mine = tempLibrary()
    await importPaths(mine.db, [NOTICE, PLAN])
    const s = importAnnotations(mine.db, 'colleague.json', file)
    expect(s).toMatchObject({ added: 3, merged: 0, duplicates: 0, orphaned: 0 })
    expect(shape(exportAll(mine))).toEqual(shape(file))
  })

  it('recognises duplicates on re-import and merges a changed note and new tags', async () => {
    const theirs = await colleague()
    const file = exportAll(theirs)
    const mine = tempLibrary()
    await importPaths(mine.db, [NOTICE, PLAN])
    importAnnotations(mine.db, 'a.json', file)
    const again = importAnnotations(mine.db, 'a.json', file)
    expect(again).toMatchObject({ added: 0, merged: 0, duplicates: 3, orphaned: 0 })
    expect(listHighlights(mine.db)).toHaveLength(3)

    const h = listHighlights(theirs.db).find((x) => x.exact.startsWith('设立'))!
    theirs.db.prepare("UPDATE highlights SET note_text = '窗口要有回访' WHERE id = ?").run(h.id)
    const first = listHighlights(theirs.db).find((x) => x.exact.startsWith('企业开办'))!
    setHighlightTags(theirs.db, first.id, ['营商环境', '跟踪'], '2026-01-02T00:00:00Z')
    createHighlight(theirs.db, { articleId: 1, ...findQuote(theirs.db, 1, '一网通办') })
    const merged = importAnnotations(mine.db, 'b.json', exportAll(theirs))
    expect(merged).toMatchObject({ added: 1, merged: 2, duplicates: 1, orphaned: 0 })
    const kept = listHighlights(mine.db).find((x) => x.exact.startsWith('企业开办'))!
    expect(kept.tags).toEqual(['跟踪', '营商环境', '营商环境/政务服务'])
    expect(kept.noteText).toBe('比省里要求更快')
    const window = listHighlights(mine.db).find((x) => x.exact.startsWith('设立'))!
    expect(window.noteText).toBe('窗口要有回访')
    expect(window.color).toBe('pink')
  })

  it('re-anchors on an article whose text differs slightly (same title, other hash)', async () => {
    const file = exportAll(await colleague())
    const dir = tempDir()
    const edited = join(dir, 'policy-notice.txt')
    const text = readFileSync(NOTICE, 'utf8')
      .replace('近日，', '近日（记者）, ')
      .replace('企业开办时间压缩至1个工作日以内', '企业开办时间压缩到1个工作日以内')
    writeFileSync(edited, text)
    const mine = tempLibrary()
    await importPaths(mine.db, [edited])
    const s = importAnnotations(mine.db, 'colleague.json', file)
    expect(s).toMatchObject({ added: 2, orphaned: 1 })
    const [a, b] = listHighlights(mine.db)
    expect(a!.exact).toBe('企业开办时间压缩到1个工作日以内')
    expect(a!.tags).toEqual(['营商环境', '营商环境/政务服务'])
    expect(b!.exact).toBe('设立“办不成事”反映窗口')
    const orphan = s.items.find((i) => i.status === 'orphaned')!
    expect(orphan.reason).toBe('article not in this library')
  })

  it('reports a quote that is not in the article as orphaned', async () => {
    const file = exportAll(await colleague()).replace(
      /设立“办不成事”反映窗口/g,
      '完全不同的一句话内容',
    )
    const mine = tempLibrary()
    await importPaths(mine.db, [NOTICE])
    const s = importAnnotations(mine.db, 'x.json', file)
    const item = s.items.find((i) => i.quote === '完全不同的一句话内容')!
    expect(item).toMatchObject({ status: 'orphaned', reason: 'quote not found in the article' })
  })

  it('refuses a bad file with one line naming it, and writes nothing', async () => {
    const mine = tempLibrary()
    await importPaths(mine.db, [NOTICE])
    const before = databaseChecksum(mine.db)
    const good = exportAll(await colleague())
    const noQuote = good.replace(/"TextQuoteSelector"/g, '"CssSelector"')
    for (const [text, msg] of [
      ['{ not json', /^bad\.json: not JSON/],
      ['{"type":"Something"}', /^bad\.json: not a Web Annotation file/],
      [noQuote, /^bad\.json: annotation 1 has no TextQuoteSelector$/],
    ] as const) {
      expect(() => importAnnotations(mine.db, 'bad.json', text)).toThrow(msg)
    }
    expect(databaseChecksum(mine.db)).toBe(before)
  })
})
