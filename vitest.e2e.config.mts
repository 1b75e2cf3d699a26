import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/** End-to-end tests: Chromium driven by playwright-core against the browser host. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-e2e.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
