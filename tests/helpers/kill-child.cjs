// Child process for the kill test (tests/e2e/durability.test.ts): imports
// batches of generated articles into LIBRARY through the built CLI, forever,
// printing one ack line per committed batch (`ack <batch>`). With MODE
// `backup` it instead takes backups of LIBRARY in a loop (`ack backup`).
// The parent kills it with SIGKILL at a random moment and checks that every
// acked batch is in the library, whole, and every listed backup is good.
'use strict'
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')

const [library, workDir, startArg, mode] = process.argv.slice(2)
const { runCli } = require(join(__dirname, '..', '..', 'out', 'main', 'cli.js'))

/** A policy-like text of a few hundred paragraphs, unique to (batch, file). */
function articleText(batch, file) {
  const lines = [`关于第${batch}批第${file}号文件的通知`, '']
  for (let p = 0; p < 300; p++) {
    lines.push(
      `第${p + 1}条 各地区各部门要结合实际认真贯彻落实（批次${batch}，文件${file}，段落${p}）。`,
    )
    lines.push('')
  }
  return lines.join('\n')
}

async function main() {
  mkdirSync(workDir, { recursive: true })
  const silent = { out: () => {}, err: (s) => process.stderr.write(s + '\n') }
  while (mode === 'backup') {
    const code = await runCli(['--library', library, 'backup'], silent)
    if (code !== 0) process.exit(code)
    process.stdout.write('ack backup\n')
  }
  for (let batch = Number(startArg); ; batch++) {
    const files = [0, 1, 2].map((f) => {
      const path = join(workDir, `b${batch}-f${f}.txt`)
      writeFileSync(path, articleText(batch, f))
      return path
    })
    const code = await runCli(['--library', library, 'import', ...files], silent)
    if (code !== 0) process.exit(code)
    process.stdout.write(`ack ${batch}\n`)
  }
}

void main()
