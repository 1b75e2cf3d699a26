import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/** Unit and integration tests: core, host, CLI, Electron glue (mocked), renderer units. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-unit.json' },
    testTimeout: 20_000,
  },
})
