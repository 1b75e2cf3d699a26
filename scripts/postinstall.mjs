// After `npm install`: when the Electron binary is present, build
// better-sqlite3 for Electron's ABI into native/electron/ (loaded by the
// Electron main process through `nativeBinding`) and keep the Node build in
// node_modules, so `npm test`, the CLI and the browser host keep running on
// plain Node. Without the binary this does nothing and never fails the install.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const nodeBuild = join(
  root,
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
)
const target = join(root, 'native', 'electron', 'better_sqlite3.node')

function main() {
  if (!electronBinary()) {
    console.log(
      'pizhu: Electron binary not present; skipping the Electron build of better-sqlite3.',
    )
    return
  }
  if (!existsSync(nodeBuild)) {
    console.warn('pizhu: better-sqlite3 has no Node build to keep; skipping the Electron build.')
    return
  }
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version
  const backup = `${nodeBuild}.node-abi`
  copyFileSync(nodeBuild, backup)
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'),
        '--version',
        electronVersion,
        '--only',
        'better-sqlite3',
        '--force',
      ],
      { cwd: root, stdio: 'inherit' },
    )
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(nodeBuild, target)
    console.log(
      `pizhu: built better-sqlite3 for Electron ${electronVersion} into native/electron/.`,
    )
  } catch (err) {
    console.warn(
      `pizhu: could not build better-sqlite3 for Electron (${err.message}); the desktop app will not open its library until this succeeds.`,
    )
  } finally {
    copyFileSync(backup, nodeBuild)
    rmSync(backup)
  }
}

main()
