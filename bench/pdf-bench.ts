/**
 * The PDF row of `npm run bench`: a 20-page two-column Chinese newspaper
 * PDF, printed by headless Chromium (/usr/bin/chromium via playwright-core)
 * from a seeded HTML corpus, read by the full PDF extractor (positions →
 * lines → columns → furniture) and through the whole import into a library.
 * The floor, measured in the same run, is pdfjs's raw getTextContent over
 * every page with no layout work at all. Reported in pages per second.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { openLibrary } from '../src/main/core/db/open'
import { extractPdf } from '../src/main/core/import/extract/pdf'
import { importFiles } from '../src/main/core/import/pipeline'
import { mulberry32 } from './prng'
import { median } from './runner'
import { headline, sentence } from './sentences'

export const PDF_PAGES = 20
const RUNS = 3
const FLOOR = 'floor: pdfjs getTextContent, no layout'

export interface PdfRow {
  name: string
  medianMs: number
  runsMs: number[]
  pagesPerSec: number
  /** medianMs divided by the floor's; null for the floor. */
  ratio: number | null
}

/** Seeded newspaper pages: a banner headline over two columns, one page each. */
export function newspaperPagesHtml(seed: number, pages: number): string {
  const r = mulberry32(seed)
  const section = (): string => {
    const paras: string[] = []
    let chars = 0
    while (chars < 1500) {
      const p = Array.from({ length: 3 }, () => sentence(r)).join('')
      paras.push(`<p>${p}</p>`)
      chars += p.length
    }
    return `<section><h1>${headline(r)}</h1><div class="cols">${paras.join('')}</div></section>`
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 10.5pt; margin: 0; }
  section { break-after: page; height: 250mm; overflow: hidden; }
  h1 { font-size: 22pt; text-align: center; margin: 0 0 8pt; }
  .cols { column-count: 2; column-gap: 18pt; }
  p { margin: 0 0 4pt; text-indent: 2em; text-align: justify; }
  </style></head><body>${Array.from({ length: pages }, section).join('')}</body></html>`
}

/** Prints the bench PDF with the system Chromium. */
async function printBenchPdf(seed: number): Promise<Buffer> {
  // Required at run time, not bundled: playwright-core is a dev tool the bench borrows.
  const { chromium } = createRequire(__filename)(
    'playwright-core',
  ) as typeof import('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage()
    await page.setContent(newspaperPagesHtml(seed, PDF_PAGES))
    return await page.pdf({
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center">要闻 · 基准测试日报</div>',
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    })
  } finally {
    await browser.close()
  }
}

async function rawTextContent(bytes: Buffer): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
  let items = 0
  for (let n = 1; n <= doc.numPages; n++) {
    items += (await (await doc.getPage(n)).getTextContent()).items.length
  }
  const pages = doc.numPages
  await doc.destroy()
  if (items === 0) throw new Error('the bench PDF has no text')
  return pages
}

/** Measures the floor and the two PDF rows, interleaved, RUNS times each. */
export async function benchPdf(
  seed: number,
  root: string,
  log: (line: string) => void,
): Promise<{ pages: number; bytes: number; rows: PdfRow[] }> {
  const bytes = await printBenchPdf(seed)
  const pages = await rawTextContent(bytes)
  if (pages !== PDF_PAGES) throw new Error(`the bench PDF has ${pages} pages, not ${PDF_PAGES}`)
  const scenarios: { name: string; run: () => Promise<void> }[] = [
    { name: FLOOR, run: async () => void (await rawTextContent(bytes)) },
    {
      name: `PDF: ${PDF_PAGES}-page two-column Chinese page, extract + layout`,
      run: async () => {
        const x = await extractPdf(bytes, 'bench.pdf')
        if (x.pages.length !== PDF_PAGES) throw new Error(`extracted ${x.pages.length} pages`)
      },
    },
    {
      name: `PDF: ${PDF_PAGES}-page two-column Chinese page, whole import`,
      run: async () => {
        const dir = mkdtempSync(join(root, 'pdf-'))
        const library = openLibrary(join(dir, 'library.sqlite'))
        try {
          const out = await importFiles(library.db, [{ fileName: 'bench.pdf', path: null, bytes }])
          if (out.imported.length === 0)
            throw new Error(out.failed[0]?.message ?? 'nothing imported')
        } finally {
          library.close()
          rmSync(dir, { recursive: true, force: true })
        }
      },
    },
  ]
  await rawTextContent(bytes) // warm up pdfjs (module load, worker) outside the timings
  const runs = scenarios.map(() => [] as number[])
  for (let i = 0; i < RUNS; i++) {
    for (const [k, s] of scenarios.entries()) {
      const start = process.hrtime.bigint()
      await s.run()
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      runs[k]!.push(ms)
      log(`  run ${i + 1}/${RUNS}  ${ms.toFixed(0).padStart(6)} ms  ${s.name}`)
    }
  }
  const floor = median(runs[0]!)
  const rows = scenarios.map((s, k) => {
    const ms = median(runs[k]!)
    return {
      name: s.name,
      medianMs: Math.round(ms * 10) / 10,
      runsMs: runs[k]!.map((v) => Math.round(v * 10) / 10),
      pagesPerSec: Math.round((pages / (ms / 1000)) * 10) / 10,
      ratio: k === 0 ? null : Math.round((ms / floor) * 100) / 100,
    }
  })
  return { pages, bytes: bytes.length, rows }
}

/** The PDF rows as a small table: pages/s and the ratio to the floor. */
export function formatPdfTable(rows: readonly PdfRow[]): string {
  const header = ['scenario', 'median ms', 'runs ms', 'pages/s', 'vs']
  const body = rows.map((r) => [
    r.name,
    r.medianMs.toFixed(0),
    r.runsMs.map((v) => v.toFixed(0)).join(' / '),
    r.pagesPerSec.toFixed(1),
    r.ratio === null ? 'baseline' : `${r.ratio.toFixed(1)}× floor`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((c) => c[i]!.length)))
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}
