// Finds the Electron executable without letting a missing one fail the
// caller. Electron 45+ downloads its binary on first use rather than at
// install; this does that download quietly (unless
// ELECTRON_SKIP_BINARY_DOWNLOAD is set) and answers null when it cannot, as
// on a machine that reaches only the npm registry.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

function installedPath(dir) {
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const full = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(full) ? full : null
}

/** The path of the Electron executable, or null when it is not installed and cannot be. */
export function electronBinary({ download = true } = {}) {
  const dir = electronDir()
  if (!dir) return null
  const found = installedPath(dir)
  if (found || !download || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found
  const installer = join(dir, 'install.js')
  if (!existsSync(installer)) return null
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 10 * 60 * 1000 })
  return installedPath(dir)
}
