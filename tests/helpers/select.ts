/** Selecting text in the reader's article from an e2e test, as a mouse drag leaves it. */
import type { Page } from 'playwright-core'

// Page globals used inside page.evaluate; the node tsconfig has no DOM lib.
interface PageNode {
  data: string
}
declare const document: {
  querySelector(s: string): { dispatchEvent(e: unknown): void } | null
  createTreeWalker(root: unknown, what: number): { nextNode(): PageNode | null }
  createRange(): { setStart(n: PageNode, o: number): void; setEnd(n: PageNode, o: number): void }
}
declare const NodeFilter: { SHOW_TEXT: number }
declare const MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown
declare const window: {
  getSelection(): { removeAllRanges(): void; addRange(r: unknown): void } | null
}

/**
 * Selects the first `needle` in the article (inside one text node) as a mouse
 * drag would, then waits for the highlight toolbar it brings up.
 */
export async function selectInArticle(page: Page, needle: string): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector('.article-text')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(needle)
      if (at < 0) continue
      const r = document.createRange()
      r.setStart(n, at)
      r.setEnd(n, at + needle.length)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(r)
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return
    }
    throw new Error(`"${needle}" is not on the page`)
  }, needle)
  await page.getByTestId('highlight-toolbar').waitFor()
}
