// Builds with electron-vite when out/ is missing or older than the sources,
// so `npm start`, `npm run web`, `npm run bench` and the e2e tests always run
// the current code without rebuilding needlessly.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stamp = join(root, 'out', '.build-stamp')
const inputs = ['src', 'bench', 'resources', 'electron.vite.config.ts', 'package.json']

function newest(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let max = st.mtimeMs
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)))
  return max
}

export function ensureBuild() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  const source = Math.max(...inputs.map((p) => newest(join(root, p))))
  if (built >= source) return false
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  writeFileSync(stamp, new Date().toISOString())
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuild()
