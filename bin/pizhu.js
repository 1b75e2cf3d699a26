#!/usr/bin/env node
// Entry point of the `pizhu` command: runs the built CLI (npm run build makes it).
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const built = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(built)) {
  process.stderr.write('pizhu: the CLI is not built yet; run `npm run build` first\n')
  process.exit(1)
}
require(built)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code
  })
