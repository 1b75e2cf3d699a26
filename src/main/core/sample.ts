/**
 * The sample library shown on first launch: the articles in
 * `resources/sample/`, imported once into an empty library so a new user
 * sees how Pizhu reads before importing their own files.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { countArticles } from './db/repos/articles'
import { getSetting, setSetting } from './db/repos/settings'
import { importPaths } from './import/pipeline'

const SEEDED = 'sample_library_seeded'

/** Imports the sample articles once, into an empty library only. Returns how many were added. */
export async function seedSampleLibrary(db: Database, sampleDir: string): Promise<number> {
  if (getSetting(db, SEEDED) !== null) return 0
  let added = 0
  if (countArticles(db) === 0) {
    const files = sampleFiles(sampleDir)
    if (files.length > 0) added = (await importPaths(db, files)).imported.length
  }
  setSetting(db, SEEDED, new Date().toISOString())
  return added
}

function sampleFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.(txt|md)$/i.test(f))
      .sort()
      .map((f) => join(dir, f))
  } catch {
    return []
  }
}
