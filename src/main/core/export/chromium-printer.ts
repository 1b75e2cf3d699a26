/**
 * A PdfPrinter that runs a headless Chromium (`--print-to-pdf`) on the HTML
 * export, for the CLI and the browser host, where there is no Electron.
 * The browser is found at $PIZHU_CHROMIUM or a usual install path; the
 * page loads from a private temp file with networking off, and the temp
 * folder is removed whatever happens.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppException } from '@shared/result'
import type { PdfPrinter } from './pdf'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
]

/** The Chromium to print with, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env['PIZHU_CHROMIUM']
  if (chosen) return existsSync(chosen) ? chosen : null
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

/** A printer using the Chromium at `path` (default: found as above). */
export function chromiumPrinter(path: string | null = findChromium()): PdfPrinter {
  return {
    printHtml(html) {
      if (!path)
        throw new AppException(
          'UNSUPPORTED',
          'PDF export needs Chromium or Chrome; none was found (set PIZHU_CHROMIUM to its path)',
        )
      const dir = mkdtempSync(join(tmpdir(), 'pizhu-pdf-'))
      const page = join(dir, 'export.html')
      const out = join(dir, 'export.pdf')
      writeFileSync(page, html)
      const args = [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${out}`,
        pathToFileURL(page).href,
      ]
      return new Promise<Uint8Array>((resolve, reject) => {
        execFile(path, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
          try {
            if (error || !existsSync(out))
              throw new AppException(
                'INTERNAL',
                `Chromium could not print the PDF: ${(error?.message ?? String(stderr)).split('\n')[0]}`,
              )
            resolve(new Uint8Array(readFileSync(out)))
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)))
          } finally {
            rmSync(dir, { recursive: true, force: true })
          }
        })
      })
    },
  }
}
