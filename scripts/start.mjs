// `npm start`: the Electron app where its binary exists; otherwise one line
// saying so, then the browser host.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'
import { ensureBuild } from './ensure-build.mjs'
import { runWeb } from './web.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const electron = electronBinary()

if (electron) {
  ensureBuild()
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(electron, [root, ...args], { stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    'Electron binary not installed here; starting the browser host instead (npm run web).',
  )
  runWeb(args)
}
