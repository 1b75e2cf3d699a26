import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { appErrorOf } from '../../../../tests/helpers/errors'
import { tempDir } from '../../../../tests/helpers/temp'
import { migrate } from './migrate'
import { HEAD_VERSION, migrations } from './migrations'
import { openLibrary } from './open'

describe('openLibrary', () => {
  it('creates a new library in WAL mode with foreign keys and every table', () => {
    const file = join(tempDir(), 'sub', 'dir', 'library.sqlite')
    const lib = openLibrary(file)
    expect(lib.schemaVersion).toBe(HEAD_VERSION)
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    const tables = (
      lib.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string
      }[]
    ).map((r) => r.name)
    for (const t of [
      'sources',
      'articles',
      'highlights',
      'tags',
      'highlight_tags',
      'article_tags',
      'briefings',
      'briefing_items',
      'schema_migrations',
    ]) {
      expect(tables).toContain(t)
    }
    lib.close()
  })

  it('records each migration once and reopens without re-running them', () => {
    const file = join(tempDir(), 'library.sqlite')
    openLibrary(file).close()
    const lib = openLibrary(file)
    const rows = lib.db.prepare('SELECT version, name FROM schema_migrations').all()
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })))
    lib.close()
  })

  it('enforces foreign keys: a highlight needs its article', () => {
    const lib = openLibrary(join(tempDir(), 'library.sqlite'))
    expect(() =>
      lib.db
        .prepare(
          `INSERT INTO highlights (article_id, start_offset, end_offset, exact, created_at, updated_at)
           VALUES (999, 0, 1, 'x', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/)
    lib.close()
  })

  it('refuses a library written by a newer schema and leaves the file untouched', () => {
    const file = join(tempDir(), 'library.sqlite')
    openLibrary(file).close()
    const raw = new Database(file)
    raw
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(HEAD_VERSION + 5, 'future', 'later')
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const before = readFileSync(file)
    const mtime = statSync(file).mtimeMs
    const err = appErrorOf(() => openLibrary(file))
    expect(err.code).toBe('LIBRARY_TOO_NEW')
    expect(err.message).toContain(file)
    expect(err.message).toMatch(/newer version of Pizhu/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(statSync(file).mtimeMs).toBe(mtime)
  })

  it('names the file when it is not a database', () => {
    const file = join(tempDir(), 'notes.sqlite')
    writeFileSync(file, 'these are my notes, not a database'.repeat(200))
    const err = appErrorOf(() => openLibrary(file))
    expect(err.code).toBe('LIBRARY_UNREADABLE')
    expect(err.message).toContain(file)
  })

  it('runs a failing migration in a transaction: nothing of it is left', () => {
    const file = join(tempDir(), 'library.sqlite')
    const lib = openLibrary(file)
    const broken = [
      ...migrations,
      {
        version: HEAD_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x); INSERT INTO nowhere VALUES (1);',
      },
    ]
    expect(() => migrate(lib.db, file, broken)).toThrow()
    const table = lib.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()
    expect(table).toBeUndefined()
    const max = lib.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as {
      v: number
    }
    expect(max.v).toBe(HEAD_VERSION)
    lib.close()
  })
})
