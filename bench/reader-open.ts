/**
 * Reader bench, in headless Chromium through the browser host: from setting
 * the article's address to its text painted with all its highlight marks,
 * beside the floor of the same paragraphs appended as plain <p> elements in
 * the same page (no Lexical, no fetch). Also scrolls the whole article and
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
  floorMs: number[]
  longestScrollTaskMs: number
  medianOpenMs: number
  medianFloorMs: number
  ratio: number
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
      const floor = await page.evaluate(async (paragraphs) => {
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
      openMs.push(open)
      floorMs.push(floor)
      log(
        `  run ${i + 1}/${runs}  open ${open.toFixed(0).padStart(5)} ms  floor ${floor.toFixed(0).padStart(5)} ms`,
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
    return {
      openMs,
      floorMs,
      longestScrollTaskMs,
      medianOpenMs,
      medianFloorMs,
      ratio: medianOpenMs / medianFloorMs,
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
    `${b.medianOpenMs.toFixed(0)} ms (median) vs plain paragraphs ${b.medianFloorMs.toFixed(0)} ms ` +
    `= ${b.ratio.toFixed(1)}× floor (targets: ≤ 300 ms, ≤ 3×); longest task while scrolling ` +
    `${b.longestScrollTaskMs.toFixed(0)} ms (target ≤ 50 ms)`
  )
}
