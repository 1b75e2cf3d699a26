// Tag management as the UI and a script reach it: from a Chromium page of the
// browser host, the tag calls go over loopback HTTP with the page's token;
// the built `pizhu tag` command works on the same library meanwhile.
// Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/db/open'
import { createHighlight, findQuote } from '../../src/main/core/highlights/highlights'
import { importPaths } from '../../src/main/core/import/pipeline'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { fixture, repoRoot, tempDir } from '../helpers/temp'

let browser: Browser
let host: TestHost
let page: Page
const errors: string[] = []

beforeAll(async () => {
  const libraryPath = join(tempDir(), 'library.sqlite')
  const library = openLibrary(libraryPath)
  await importPaths(library.db, [fixture('policy-notice.txt')])
  for (const [quote, tags] of [
    ['企业开办时间', ['营商环境/政务服务']],
    ['审批时间压缩50%以上', ['营商环境/审批', '重点']],
  ] as const) {
    createHighlight(library.db, {
      ...findQuote(library.db, 1, quote, 1),
      articleId: 1,
      tags: [...tags],
    })
  }
  library.close()
  host = await startTestHost({ libraryPath })
  browser = await launchBrowser()
  page = await newWatchedPage(browser, errors)
  await page.goto(host.url)
  await page.waitForFunction(() => sessionStorage.getItem('pizhu.token'))
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

interface Reply<T> {
  ok: boolean
  value: T
  error: { code: string; message: string }
}
interface Tag {
  id: number
  path: string
}

/** One contract call from the page, as the renderer's client makes it. */
function call<T = unknown>(name: string, input: unknown): Promise<Reply<T>> {
  return page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/${encodeURIComponent(n)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Pizhu-Token': sessionStorage.getItem('pizhu.token') ?? '',
        },
        body: JSON.stringify(i),
      })
      return (await res.json()) as unknown
    },
    [name, input] as const,
  ) as Promise<Reply<T>>
}

function pizhu(...args: string[]) {
  return spawnSync(
    process.execPath,
    [join(repoRoot, 'bin', 'pizhu.js'), '--library', host.libraryPath, ...args],
    {
      encoding: 'utf8',
    },
  )
}

describe('tag management over the browser host and the built CLI', () => {
  it('browses, tags an article, renames, merges and deletes from the page', async () => {
    const browse = await call<Tag[]>('tags.browse', {})
    const byPath = new Map(browse.value.map((t) => [t.path, t]))
    const id = (path: string): number => byPath.get(path)!.id
    expect([...byPath.keys()]).toEqual(['营商环境', '营商环境/审批', '营商环境/政务服务', '重点'])
    expect(byPath.get('营商环境')).toMatchObject({ highlightsWithin: 2, descendants: 2 })

    const tagged = await call('articles.setTags', { articleId: 1, tags: ['地区/南江', '营商环境'] })
    expect(tagged).toEqual({ ok: true, value: ['地区/南江', '营商环境'] })
    expect(await call('articles.tags', { articleId: 1 })).toEqual(tagged)

    const clash = await call('tags.rename', { id: id('营商环境/审批'), name: '政务服务' })
    expect(clash).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } })
    expect(clash.error.message).toContain('"营商环境/政务服务" already exists')

    const renamed = await call('tags.rename', { id: id('重点'), name: '重点跟踪' })
    expect(renamed).toMatchObject({ ok: true, value: { path: '重点跟踪', highlights: 1 } })
    const found = await call<{ hits: { kind: string }[] }>('search.query', { query: '重点跟踪' })
    expect(found.value.hits.map((h) => h.kind)).toEqual(['highlight'])

    const merged = await call('tags.merge', {
      from: id('营商环境/审批'),
      into: id('营商环境/政务服务'),
    })
    expect(merged).toMatchObject({ ok: true, value: { path: '营商环境/政务服务', highlights: 2 } })

    const impact = await call('tags.deleteImpact', { id: id('营商环境') })
    expect(impact.value).toEqual({
      id: id('营商环境'),
      path: '营商环境',
      tags: 2,
      highlights: 2,
      articles: 1,
    })
    expect((await call<Tag[]>('tags.browse', {})).value).toHaveLength(5)
    expect((await call('tags.delete', { id: id('营商环境') })).value).toEqual(impact.value)
    expect((await call('articles.tags', { articleId: 1 })).value).toEqual(['地区/南江'])
    expect(errors).toEqual([])
  })

  it('scripts the same library with the built pizhu tag', () => {
    const list = pizhu('--json', 'tag', 'list')
    expect(list.status, list.stderr).toBe(0)
    expect((JSON.parse(list.stdout) as { path: string }[]).map((t) => t.path)).toEqual([
      '地区',
      '地区/南江',
      '重点跟踪',
    ])
    const dry = pizhu('tag', 'delete', '地区')
    expect(dry.status).toBe(1)
    expect(dry.stdout).toBe(
      'Would delete "地区" and 1 sub-tag: 0 highlights and 1 article would lose the tag (they are kept)\n',
    )
    expect(pizhu('tag', 'color', '重点跟踪', 'orange').status).toBe(0)
    expect(pizhu('tag', 'article', '1', '--clear').status).toBe(0)
    expect(pizhu('tag', 'article', '1').stdout).toBe('Article 1 has no tags.\n')
  })

  it('shows the CLI’s changes to the page', async () => {
    const browse = await call<(Tag & { color: string | null })[]>('tags.browse', {})
    expect(browse.value.find((t) => t.path === '重点跟踪')).toMatchObject({ color: 'orange' })
    expect(browse.value.find((t) => t.path === '地区')).toMatchObject({ articlesWithin: 0 })
  })
})
