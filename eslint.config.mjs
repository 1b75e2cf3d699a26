// Lint: typescript-eslint (type-aware rules off for speed), React hooks, and
// the import boundaries from STYLE.md enforced with no-restricted-imports.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only the Electron glue (src/main outside core, src/preload) may import electron.',
}
const noNode = {
  group: ['node:*', 'better-sqlite3', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'This code runs in the renderer or is shared: no Node modules.',
}
const noMainFromRenderer = {
  group: ['**/main/**', '**/host/**', '**/cli/**', '**/preload/**'],
  message: 'The renderer talks to main only through src/renderer/src/api.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'bin/**', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/host/**/*.ts',
      'src/cli/**/*.ts',
      'bench/**/*.ts',
      'tests/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/host/**/*.ts', 'src/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNode] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMainFromRenderer] }],
    },
  },
)
