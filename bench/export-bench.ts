/**
 * The export section of `npm run bench`: a 500-item briefing (20 articles,
 * 25 highlights each, a heading per article, commentary on every fifth
 * item) exported to each format through the same path as the UI and CLI
 * (gather from the library, render). The baseline is gathering alone.
 * Targets: DOCX under 2 s, PDF under 5 s (PDF runs headless Chromium).
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Database } from 'better-sqlite3'
import {
  addHeading,
  addHighlights,
  createBriefing,
  updateItem,
} from '../src/main/core/briefings/briefings'
import { openLibrary } from '../src/main/core/db/open'
import { chromiumPrinter, findChromium } from '../src/main/core/export/chromium-printer'
import { gatherSource, renderRequest } from '../src/main/core/export/export-request'
import { EXPORT_FORMATS, type ExportFormat } from '../src/main/core/export/render'
import { createHighlight } from '../src/main/core/highlights/highlights'
import { importFiles } from '../src/main/core/import/pipeline'
import { generateCorpus } from './corpus'

const ITEMS = 500
const ARTICLES = 20
const TARGET_MS: Partial<Record<ExportFormat, number>> = { docx: 2000, pdf: 5000 }

export interface ExportBenchRow {
  name: string
  medianMs: number
  bytes: number
  targetMs: number | null
}

async function seedBriefing(db: Database, seed: number): Promise<number> {
  const corpus = generateCorpus({ seed, articles: ARTICLES, targetChars: ARTICLES * 4000 })
  await importFiles(
    db,
    corpus.map((f) => ({ fileName: f.fileName, path: null, bytes: Buffer.from(f.text, 'utf8') })),
  )
  const articles = db.prepare('SELECT id, text FROM articles ORDER BY id').all() as {
    id: number
    text: string
  }[]
  const perArticle = Math.ceil(ITEMS / articles.length)
  let b = createBriefing(db, '基准测试简报')
  let made = 0
  for (const a of articles) {
    if (made >= ITEMS) break
    b = addHeading(db, b.id, `第${a.id}篇`)
    const step = Math.floor(a.text.length / (perArticle + 1))
    const ids: number[] = []
    for (let i = 0; i < perArticle && made < ITEMS; i++, made++) {
      const start = step * i
      ids.push(
        createHighlight(db, {
          articleId: a.id,
          start,
          end: start + Math.min(60, step),
          tags: ['基准'],
        }).id,
      )
    }
    b = addHighlights(db, b.id, ids)
  }
  b.items
    .filter((item, i) => item.kind === 'quote' && i % 5 === 0)
    .forEach((item) =>
      updateItem(db, b.id, item.id, {
        comment: { json: null, text: '评述：此条需结合上下文理解。' },
      }),
    )
  return b.id
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((x, y) => x - y)
  return times[Math.floor(times.length / 2)]!
}

/** Measures each format; PDF is skipped (with a note) when no Chromium is installed. */
export async function benchExport(
  seed: number,
  root: string,
  runs: number,
  log: (l: string) => void,
): Promise<ExportBenchRow[]> {
  const library = openLibrary(join(root, 'export-bench.sqlite'))
  try {
    const db = library.db
    const id = await seedBriefing(db, seed)
    const source = { kind: 'briefing' as const, id }
    const rows: ExportBenchRow[] = [
      {
        name: `gather ${ITEMS}-item briefing (baseline)`,
        medianMs: await median(runs, async () =>
          gatherSource(db, source, new Date().toISOString()),
        ),
        bytes: 0,
        targetMs: null,
      },
    ]
    const printer = findChromium() ? chromiumPrinter() : undefined
    for (const format of EXPORT_FORMATS) {
      if (format === 'pdf' && !printer) {
        log('export bench: no Chromium found, PDF row skipped')
        continue
      }
      let bytes = 0
      const ms = await median(runs, async () => {
        bytes = (await renderRequest(db, { source, format }, printer)).bytes.length
      })
      rows.push({
        name: `export ${ITEMS}-item briefing to ${format}`,
        medianMs: ms,
        bytes,
        targetMs: TARGET_MS[format] ?? null,
      })
    }
    return rows
  } finally {
    library.close()
  }
}

export function formatExportTable(rows: readonly ExportBenchRow[]): string {
  const lines = ['Export (median of runs)', 'scenario | median | size | target']
  for (const r of rows) {
    const target =
      r.targetMs === null
        ? ''
        : `${r.medianMs <= r.targetMs ? 'ok' : 'OVER'} < ${r.targetMs / 1000} s`
    lines.push(
      `${r.name} | ${(r.medianMs / 1000).toFixed(3)} s | ${r.bytes ? `${(r.bytes / 1024).toFixed(0)} KB` : ''} | ${target}`,
    )
  }
  return lines.join('\n')
}
