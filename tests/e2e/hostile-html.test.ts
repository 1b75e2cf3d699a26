// A saved web page carrying script, event handlers, javascript: links, frames,
// SVG script and CSS url() beacons, imported through the UI and read: nothing
// of it runs and no request leaves the app's own origin.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newWatchedPage } from '../helpers/browser'
import { startTestHost, type TestHost } from '../helpers/host'
import { tempDir } from '../helpers/temp'
import { importThroughUi } from '../helpers/ui'

const EVIL = 'http://198.51.100.7'
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<title>关于进一步优化营商环境的通知_南江市人民政府</title>
<script>window.__pwned = 'head script'; fetch('${EVIL}/head')</script>
<style>body { background: url('${EVIL}/css-bg') } p::after { content: url('${EVIL}/css-after') }</style>
<link rel="stylesheet" href="${EVIL}/style.css">
</head><body>
<nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a></nav>
<article>
<h1>关于进一步优化营商环境的通知</h1>
<p>各区县人民政府，市政府各部门：为深入推进“放管服”改革，持续优化营商环境，现就有关事项通知如下。</p>
<p onclick="window.__pwned='onclick'">一、压缩审批时间。工程建设项目审批时间压缩50%以上，企业开办时间压缩至1个工作日以内。<img src="x" onerror="window.__pwned='onerror'; fetch('${EVIL}/img')"></p>
<p>二、强化要素保障。<a href="javascript:window.__pwned='link'">点击查看附件</a>，各地要落实用地、用能保障。</p>
<iframe src="${EVIL}/frame"></iframe>
<svg><script>window.__pwned = 'svg'</script><image href="${EVIL}/svg-image"/></svg>
<p style="background-image: url('${EVIL}/inline-style')">三、加强组织领导。各地各部门要高度重视，确保各项措施落地见效。</p>
<script>window.__pwned = 'body script'</script>
</article>
</body></html>`

let host: TestHost
let browser: Browser
let page: Page
const pageErrors: string[] = []
const foreignRequests: string[] = []
const dialogs: string[] = []

beforeAll(async () => {
  host = await startTestHost()
  browser = await launchBrowser()
  page = await newWatchedPage(browser, pageErrors)
  page.on('request', (req) => {
    if (!req.url().startsWith(host.origin) && !req.url().startsWith('data:')) {
      foreignRequests.push(req.url())
    }
  })
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.goto(host.url)
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('a hostile saved web page', () => {
  it('imports as text only and reads without running anything or calling out', async () => {
    const file = join(tempDir(), '营商环境通知.html')
    writeFileSync(file, PAGE)
    await importThroughUi(page, [file])
    await page.getByTestId('article-row').first().click()
    const content = page.getByTestId('reader-content')
    await content.waitFor()
    const text = (await content.textContent()) ?? ''
    expect(text).toContain('工程建设项目审批时间压缩50%以上')
    expect(text).toContain('点击查看附件')
    expect(text).not.toMatch(/__pwned|fetch\(|onerror|javascript:/)
    // Give any planted handler a moment to fire, then look for its traces.
    await page.waitForTimeout(500)
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
    expect(await page.locator('iframe, script[src*="198.51"], img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
