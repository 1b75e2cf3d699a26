/**
 * The browser host, started in-process for a UI test: a fresh empty library
 * in a temp folder (no sample articles) served with the built renderer from
 * out/renderer. Run `npm run build` first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppContext } from '../../src/main/core/app-context'
import { startHost } from '../../src/host/server'

const repoRoot = join(__dirname, '..', '..')
const rendererDir = join(repoRoot, 'out', 'renderer')

export interface TestHost {
  /** The first-load address, carrying the access token. */
  url: string
  /** The origin without the token, e.g. for checking where the page went. */
  origin: string
  libraryPath: string
  /** Stops the server, closes the library and deletes the temp folder. */
  close(): Promise<void>
}

/**
 * Starts a host on a free loopback port over a new empty library, or over
 * the library at `libraryPath` (left in place on close).
 */
export async function startTestHost(options: { libraryPath?: string } = {}): Promise<TestHost> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `${rendererDir}/index.html is missing: run \`npm run build\` before the e2e tests`,
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-'))
  const libraryPath = options.libraryPath ?? join(dir, 'library.sqlite')
  const ctx = await openAppContext({ libraryPath, shell: 'browser' })
  const host = await startHost({ handlers: ctx.handlers, rendererDir, port: 0 })
  return {
    url: host.url,
    origin: `http://127.0.0.1:${host.port}`,
    libraryPath,
    async close() {
      await host.close()
      ctx.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
