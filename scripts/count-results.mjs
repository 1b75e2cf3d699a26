// Sums the vitest JSON reports of one `npm test` run into the line CI reads:
// "N passed, N failed". A step that failed before any test ran (typecheck,
// lint) counts as one failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs'

const status = Number(process.argv[2] ?? 0)
let passed = 0
let failed = 0
for (const file of ['test-results/vitest-unit.json', 'test-results/vitest-e2e.json']) {
  if (!existsSync(file)) continue
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
}
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
