/** Temporary folders and libraries for tests, removed after each test file. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { openLibrary, type Library } from '../../src/main/core/db/open'

const dirs: string[] = []
const libraries: Library[] = []

afterAll(() => {
  for (const lib of libraries.splice(0)) {
    try {
      lib.close()
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A fresh empty folder, deleted when the test file ends. */
export function tempDir(prefix = 'pizhu-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** A fresh library in a temp folder. */
export function tempLibrary(): Library {
  const lib = openLibrary(join(tempDir(), 'library.sqlite'))
  libraries.push(lib)
  return lib
}

/** The repository root, for fixtures. */
export const repoRoot = join(__dirname, '..', '..')
export const fixture = (name: string): string => join(repoRoot, 'tests', 'fixtures', name)
