/**
 * Runs every scenario several times, each time on a fresh library in its own
 * temporary directory, interleaving scenarios so drift in disk or CPU speed
 * spreads over all rows instead of landing on one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../src/main/core/db/open'
import { startPeakRss } from './memory'
import type { Scenario } from './scenarios'

export interface Measurement {
  name: string
  baseline: string | null
  runsMs: number[]
  /** Peak RSS growth of each run in bytes; null where the platform cannot tell. */
  peakRssBytes: (number | null)[]
}

/** Measures each scenario `runs` times under `root`, removing every library it creates. */
export async function measure(
  scenarios: readonly Scenario[],
  runs: number,
  root: string,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const results = scenarios.map((s) => ({
    name: s.name,
    baseline: s.baseline,
    runsMs: [] as number[],
    peakRssBytes: [] as (number | null)[],
  }))
  for (let i = 0; i < runs; i++) {
    for (const [k, scenario] of scenarios.entries()) {
      const { ms, peak } = await runOnce(scenario, root)
      results[k]!.runsMs.push(ms)
      results[k]!.peakRssBytes.push(peak)
      log(`  run ${i + 1}/${runs}  ${ms.toFixed(0).padStart(6)} ms  ${scenario.name}`)
    }
  }
  return results
}

async function runOnce(
  scenario: Scenario,
  root: string,
): Promise<{ ms: number; peak: number | null }> {
  const dir = mkdtempSync(join(root, 'run-'))
  try {
    const library = openLibrary(join(dir, 'library.sqlite'))
    try {
      scenario.setup?.(library.db)
      const peakRss = startPeakRss()
      const start = process.hrtime.bigint()
      await scenario.run(library.db)
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      const peak = peakRss()
      scenario.check(library.db)
      return { ms, peak }
    } finally {
      library.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
