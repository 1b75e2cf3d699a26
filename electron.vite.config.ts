import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/**
 * One build for every process. The main build has four entries that share
 * the core library: the Electron main process, the browser host, the CLI and
 * the bench harness. The preload bundles its dependencies because a sandboxed
 * preload may only require `electron`.
 */
const alias = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          host: resolve(__dirname, 'src/host/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          bench: resolve(__dirname, 'bench/index.ts'),
        },
        // A dev dependency the bench drives Chromium with; loaded from node_modules, never bundled.
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
      },
    },
  },
  renderer: {
    resolve: { alias },
    build: { minify: true },
    plugins: [react()],
  },
})
