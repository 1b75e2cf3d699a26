// `npm run web`: build if needed, then start the browser host (out/main/host.js).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuild } from './ensure-build.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Runs the browser host in this terminal, passing our arguments through. */
export function runWeb(args) {
  ensureBuild()
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...args], {
    stdio: 'inherit',
  })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runWeb(process.argv.slice(2))
