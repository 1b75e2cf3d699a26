// The kill test: a child process imports batches of articles in a loop and is
// killed with SIGKILL at 20 random moments. After each kill the library must
// open, pass `PRAGMA integrity_check`, hold every batch the child acknowledged
// and hold no batch in part. Needs `npm run build` (the child runs the built CLI).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/core/backup/backup-files'
import { validateLibraryFile } from '../../src/main/core/backup/validate-backup'
import { openLibrary } from '../../src/main/core/db/open'
import { importPaths } from '../../src/main/core/import/pipeline'
import { fixture, repoRoot, tempDir } from '../helpers/temp'

const KILLS = 20
const FILES_PER_BATCH = 3
const PARAGRAPHS = 300
const child = join(repoRoot, 'tests', 'helpers', 'kill-child.cjs')

interface Run {
  acked: number[]
  startedWriting: boolean
}

/** Runs the child until `ms` after its first ack (or its start), then SIGKILLs it. */
function runAndKill(
  library: string,
  work: string,
  start: number,
  ms: number,
  mode = 'import',
  /** Arm the kill only once the child has acknowledged something (slow machines start slowly). */
  afterFirstAck = false,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, library, work, String(start), mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const acked: number[] = []
    let buffered = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const arm = (): void => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), ms)
    }
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^ack (\d+|backup)$/.exec(line)
        if (m) acked.push(m[1] === 'backup' ? -1 : Number(m[1]))
      }
      arm()
    })
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    // Kill some runs before the first ack lands, while the first batch is in flight.
    if (!afterFirstAck) setTimeout(arm, 150)
    proc.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`child exited ${code}: ${stderr}`))
      else resolve({ acked, startedWriting: acked.length > 0 })
    })
  })
}

/** Batches present in the library, each with the number of whole articles found. */
function batchesIn(libraryPath: string): Map<number, number> {
  const lib = openLibrary(libraryPath)
  try {
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(lib.db.pragma('foreign_key_check')).toEqual([])
    const orphanSources = lib.db
      .prepare('SELECT count(*) AS n FROM sources WHERE id NOT IN (SELECT source_id FROM articles)')
      .get() as { n: number }
    expect(orphanSources.n).toBe(0)
    const rows = lib.db.prepare('SELECT title, blocks FROM articles').all() as {
      title: string
      blocks: string
    }[]
    const batches = new Map<number, number>()
    for (const row of rows) {
      const m = /^关于第(\d+)批第\d+号文件的通知$/.exec(row.title)
      expect(m, row.title).not.toBeNull()
      const blocks = JSON.parse(row.blocks) as unknown[]
      expect(blocks.length).toBe(PARAGRAPHS)
      const batch = Number(m![1])
      batches.set(batch, (batches.get(batch) ?? 0) + 1)
    }
    return batches
  } finally {
    lib.close()
  }
}

describe('durability under SIGKILL', () => {
  it(`loses nothing acknowledged and leaves nothing half-written across ${KILLS} kills`, async () => {
    const dir = tempDir()
    const library = join(dir, 'library.sqlite')
    const acknowledged = new Set<number>()
    let next = 0
    let killsMidAction = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const ms = 50 + Math.floor(Math.random() * 700)
      // Every other run waits for an ack first, so some acknowledged work is always put to the test.
      const run = await runAndKill(
        library,
        join(dir, `work-${kill}`),
        next,
        ms,
        'import',
        kill % 2 === 0,
      )
      for (const b of run.acked) acknowledged.add(b)
      const batches = batchesIn(library)
      for (const [batch, count] of batches) expect(count, `batch ${batch}`).toBe(FILES_PER_BATCH)
      for (const b of acknowledged) expect(batches.has(b), `acked batch ${b}`).toBe(true)
      const highest = Math.max(next - 1, ...batches.keys())
      if (batches.size > 0 && !run.acked.includes(highest) && highest >= next) killsMidAction++
      // Resume after the highest batch present, acked or not, so batch numbers stay unique.
      next = highest + 1
    }
    console.log(
      `[durability] ${KILLS} kills survived; ${acknowledged.size} acked batches all present and whole; ` +
        `${killsMidAction} kill(s) landed after a commit but before its ack`,
    )
    expect(acknowledged.size).toBeGreaterThan(0)
  }, 240_000)

  it('never leaves a half-written backup that looks like a good one across 10 kills', async () => {
    const dir = tempDir()
    const library = join(dir, 'library.sqlite')
    const lib = openLibrary(library)
    await importPaths(lib.db, [fixture('policy-notice.txt'), fixture('investment-promotion.txt')])
    lib.close()
    let acked = 0
    for (let kill = 0; kill < 10; kill++) {
      const run = await runAndKill(library, dir, 0, Math.floor(Math.random() * 300), 'backup')
      acked += run.acked.length
      const listed = listBackups(library)
      expect(listed.length).toBeGreaterThanOrEqual(acked)
      for (const b of listed) expect(validateLibraryFile(b.path).articleCount).toBe(2)
      const reopened = openLibrary(library)
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok')
      reopened.close()
    }
    console.log(
      `[durability] 10 kills during backups; ${acked} acked backups, every listed one valid`,
    )
  })
})
