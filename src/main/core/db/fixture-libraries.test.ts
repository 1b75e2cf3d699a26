// Every past schema version has a fixture library in tests/fixtures/libraries;
// each must migrate to head with its data intact (every row of every table
// it had, in the columns it had) and leave a pre-migration backup behind.
import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../../tests/helpers/temp'
import { listBackups } from '../backup/backup-files'
import { validateLibraryFile } from '../backup/validate-backup'
import { HEAD_VERSION, migrations, type Migration } from './migrations'
import { openLibrary } from './open'

const dir = fixture('libraries')
const files = readdirSync(dir).filter((f) => /^v\d+\.sqlite$/.test(f))

type Snapshot = Record<string, { columns: string[]; rows: unknown[][] }>

/** Every user table's rows, ordered by rowid or primary key, in the given columns. */
function snapshot(db: Database.Database, only?: Snapshot): Snapshot {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
    )
    .all() as { name: string }[]
  const out: Snapshot = {}
  for (const { name } of tables) {
    if (only && !only[name]) continue
    const columns =
      only?.[name]?.columns ??
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map(
        (c) => c.name,
      )
    const list = columns.map((c) => `"${c}"`).join(', ')
    const rows = db
      .prepare(`SELECT ${list} FROM "${name}" ORDER BY ${list}`)
      .raw()
      .all() as unknown[][]
    out[name] = { columns, rows }
  }
  return out
}

describe('fixture libraries of past schema versions', () => {
  it('has a fixture for schema 1', () => {
    expect(files).toContain('v1.sqlite')
  })

  for (const file of files) {
    const version = Number(/\d+/.exec(file)![0])
    it(`migrates ${file} to schema ${HEAD_VERSION} with its data intact`, () => {
      const original = new Database(join(dir, file), { readonly: true })
      const before = snapshot(original)
      original.close()
      expect(before['articles']!.rows.length).toBeGreaterThan(0)

      const copy = join(tempDir(), 'library.sqlite')
      copyFileSync(join(dir, file), copy)
      const lib = openLibrary(copy)
      expect(lib.schemaVersion).toBe(HEAD_VERSION)
      expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(lib.db.pragma('foreign_key_check')).toEqual([])
      expect(snapshot(lib.db, before)).toEqual(before)
      lib.close()

      const backups = listBackups(copy).filter((b) => b.kind === 'pre-migration')
      expect(backups).toHaveLength(version < HEAD_VERSION ? 1 : 0)
      for (const b of backups) expect(validateLibraryFile(b.path).schemaVersion).toBe(version)
    })
  }

  it('backs up a library before migrating it, and not a new one', () => {
    const file = join(tempDir(), 'library.sqlite')
    const v1 = migrations.slice(0, 1)
    const next: Migration = {
      version: v1[0]!.version + 1,
      name: 'test_add_column',
      sql: 'ALTER TABLE articles ADD COLUMN reading_minutes INTEGER',
    }
    const lib = openLibrary(file, { migrations: v1 })
    lib.db
      .prepare(
        `INSERT INTO articles (title, text, blocks, char_count, content_hash, created_at, updated_at)
         VALUES ('关于加快发展新质生产力的意见', '正文', '[]', 2, 'h', 'now', 'now')`,
      )
      .run()
    lib.close()
    expect(listBackups(file)).toEqual([])

    const upgraded = openLibrary(file, { migrations: [...v1, next] })
    expect(upgraded.schemaVersion).toBe(next.version)
    upgraded.close()
    const [backup, ...others] = listBackups(file)
    expect(others).toEqual([])
    expect(backup!.kind).toBe('pre-migration')
    expect(validateLibraryFile(backup!.path)).toEqual({ schemaVersion: 1, articleCount: 1 })
  })
})
