/**
 * Reader bench, in headless Chromium through the browser host: from setting
 * the article's address to its text painted with all its highlight marks,
 * beside two floors measured in the same page and run — the plain reader
 * (the same article and highlights asked of the same host with the same
 * calls, then its blocks appended as plain <p> elements: no Lexical, no
 * marks) which the ratio target is against, and painting the paragraphs
 * alone (no fetch), reported beside it. Also scrolls the whole article and
 * reports the longest task seen while scrolling.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { openAppContext } from '../src/main/core/app-context'
import { startHost } from '../src/host/server'
import { READER_CHARS, READER_HIGHLIGHTS, seedReaderArticle } from './reader-article'
import { median } from './runner'

const CHROMIUM = '/usr/bin/chromium'
const RENDERER_DIR = resolve(__dirname, '../renderer')
const SETTLE_MS = 400

export interface ReaderBench {
  openMs: number[]
  /** The plain reader: the same article and highlights fetched through the same API, then plain <p>s. */
  floorMs: number[]
  /** The paint floor: the article's paragraphs, already in the page, appended as plain <p>s. */
  paintFloorMs: number[]
  longestScrollTaskMs: number
  medianOpenMs: number
  medianFloorMs: number
  medianPaintFloorMs: number
  /** Open over the plain reader floor (the target's ratio). */
  ratio: number
  /** Open over the paint floor (no data fetched), reported beside it. */
  paintRatio: number
}

// Page-side globals used inside page.evaluate callbacks (no DOM lib in the node build).
interface PageElement {
  append(...nodes: unknown[]): void
  remove(): void
  textContent: string | null
}
declare const document: {
  querySelector(s: string): unknown
  querySelectorAll(s: string): { length: number }
  createElement(tag: string): PageElement
  body: PageElement
  documentElement: { scrollHeight: number }
}
declare const location: { hash: string }
declare const performance: { now(): number }
declare const sessionStorage: { getItem(key: string): string | null }
declare function fetch(
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
): Promise<{ json(): Promise<unknown> }>
declare function requestAnimationFrame(fn: () => void): number
declare const window: { scrollTo(x: number, y: number): void; innerHeight: number }
declare class PerformanceObserver {
  constructor(fn: (list: { getEntries(): { duration: number }[] }) => void)
  observe(o: { type: string; buffered?: boolean }): void
  disconnect(): void
}

/** Runs the reader bench `runs` times; null when Chromium or the built renderer is missing. */
export async function benchReaderOpen(
  root: string,
  runs: number,
  log: (line: string) => void,
): Promise<ReaderBench | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    log(`reader bench skipped: needs ${CHROMIUM} and a built renderer in ${RENDERER_DIR}`)
    return null
  }
  const dir = mkdtempSync(join(root, 'reader-'))
  const ctx = await openAppContext({ libraryPath: join(dir, 'library.sqlite'), shell: 'browser' })
  const { id, blocks } = seedReaderArticle(ctx.library.db, 20240501)
  const host = await startHost({ handlers: ctx.handlers, rendererDir: RENDERER_DIR, port: 0 })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(host.url)
    await page.getByTestId('library-view').waitFor()
    const texts = blocks.map((b) => b.text)
    const openMs: number[] = []
    const floorMs: number[] = []
    const paintFloorMs: number[] = []
    for (let i = 0; i < runs; i++) {
      await page.evaluate(() => void (location.hash = '#/'))
      await page.getByTestId('library-view').waitFor()
      const open = await page.evaluate(
        async ({ id, paragraphs }) => {
          const t0 = performance.now()
          location.hash = `#/article/${id}`
          await new Promise<void>((done) => {
            const check = (): void => {
              // Every paragraph in, and every mark there with its colour.
              const ready =
                document.querySelectorAll('[data-testid="reader-content"] > *').length ===
                  paragraphs &&
                document.querySelectorAll('mark.hl').length > 0 &&
                document.querySelectorAll('mark.hl:not([data-color])').length === 0
              if (ready) requestAnimationFrame(() => setTimeout(done, 0))
              else requestAnimationFrame(check)
            }
            check()
          })
          return performance.now() - t0
        },
        { id, paragraphs: texts.length },
      )
      // What the reader does after its first paint (the panes, laying out the
      // rest of the article) must not run into the floor's measurement.
      await settle(page)
      const paintFloor = await page.evaluate(async (paragraphs) => {
        const t0 = performance.now()
        const div = document.createElement('div')
        for (const text of paragraphs) {
          const p = document.createElement('p')
          p.textContent = text
          div.append(p)
        }
        document.body.append(div)
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)))
        const ms = performance.now() - t0
        div.remove()
        return ms
      }, texts)
      await settle(page)
      // The plain reader: what the simplest reader without Lexical does from
      // the click — ask the library for the article and its highlights (the
      // same calls, host and token the reader uses), then paint the blocks.
      const floor = await page.evaluate(async (articleId) => {
        const t0 = performance.now()
        const post = async (name: string, input: unknown): Promise<unknown> => {
          const response = await fetch(`/api/${name}`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'X-Pizhu-Token': sessionStorage.getItem('pizhu.token') ?? '',
            },
            body: JSON.stringify(input),
          })
          return response.json()
        }
        const [article] = (await Promise.all([
          post('articles.get', { id: articleId }),
          post('highlights.list', { articleId }),
        ])) as { ok: boolean; value: { blocks: { text: string }[] } }[]
        if (!article!.ok) throw new Error('articles.get failed in the plain-reader floor')
        const div = document.createElement('div')
        for (const block of article!.value.blocks) {
          const p = document.createElement('p')
          p.textContent = block.text
          div.append(p)
        }
        document.body.append(div)
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)))
        const ms = performance.now() - t0
        div.remove()
        return ms
      }, id)
      openMs.push(open)
      floorMs.push(floor)
      paintFloorMs.push(paintFloor)
      log(
        `  run ${i + 1}/${runs}  open ${open.toFixed(0).padStart(5)} ms  plain reader ${floor.toFixed(0).padStart(5)} ms  paint only ${paintFloor.toFixed(0).padStart(5)} ms`,
      )
    }
    await settle(page)
    const longestScrollTaskMs = await page.evaluate(async () => {
      let longest = 0
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longest = Math.max(longest, e.duration)
      })
      observer.observe({ type: 'longtask' })
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await new Promise<void>((done) => requestAnimationFrame(() => done()))
      }
      await new Promise((done) => setTimeout(done, 100))
      observer.disconnect()
      return longest
    })
    const medianOpenMs = median(openMs)
    const medianFloorMs = median(floorMs)
    const medianPaintFloorMs = median(paintFloorMs)
    return {
      openMs,
      floorMs,
      paintFloorMs,
      longestScrollTaskMs,
      medianOpenMs,
      medianFloorMs,
      medianPaintFloorMs,
      ratio: medianOpenMs / medianFloorMs,
      paintRatio: medianOpenMs / medianPaintFloorMs,
    }
  } finally {
    await browser.close()
    await host.close()
    ctx.library.close()
  }
}

/** Waits until the page has had time to finish what it deferred past a paint. */
async function settle(page: { waitForTimeout(ms: number): Promise<void> }): Promise<void> {
  await page.waitForTimeout(SETTLE_MS)
}

/** One line for the bench's output. */
export function formatReaderBench(b: ReaderBench): string {
  return (
    `Reader: open a ${READER_CHARS.toLocaleString('en')}-char article with ${READER_HIGHLIGHTS} highlights ` +
    `${b.medianOpenMs.toFixed(0)} ms (median) vs a plain reader (same API calls, plain <p>s) ` +
    `${b.medianFloorMs.toFixed(0)} ms = ${b.ratio.toFixed(1)}× floor (targets: ≤ 300 ms, ≤ 3×); ` +
    `vs painting the paragraphs alone ${b.medianPaintFloorMs.toFixed(0)} ms = ${b.paintRatio.toFixed(1)}×; ` +
    `longest task while scrolling ` +
    `${b.longestScrollTaskMs.toFixed(0)} ms (target ≤ 50 ms)`
  )
}
