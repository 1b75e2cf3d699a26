// Migrations 0010 (a policy's issuing body and date) and 0011 (dismissals
// remembered by their quote) on a library written before them: every policy
// and dismissal is kept, dismissals take their quote from the article text.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, tempDir } from '../../../../tests/helpers/temp'
import { listBackups } from '../backup/backup-files'
import { importPaths } from '../import/pipeline'
import { candidatesFor } from '../policy-registry/registry'
import { getArticle } from './repos/articles'
import { getPolicy } from './repos/policies'
import { listDismissals } from './repos/policy-dismissals'
import { migrations } from './migrations'
import { openLibrary } from './open'

const before = migrations.filter((m) => m.version !== 10 && m.version !== 11)

describe('migrations 0010 and 0011 on an existing library', () => {
  it('keeps policies and dismissals, adding empty issuing fields and the dismissed quotes', async () => {
    const file = join(tempDir(), 'library.sqlite')
    const old = openLibrary(file, { migrations: before })
    await importPaths(old.db, [fixture('policy-notice.txt')])
    const text = getArticle(old.db, 1).text
    const at = text.indexOf('“3+3+N”')
    old.db
      .prepare(
        `INSERT INTO policies (id, kind, label, place, created_at)
         VALUES (7, 'n-articles', '优化营商环境24条', '南江', '2024-01-02T00:00:00Z')`,
      )
      .run()
    old.db
      .prepare(
        `INSERT INTO policy_dismissals (article_id, start_offset, end_offset, kind, label, created_at)
         VALUES (1, ?, ?, 'framework', '3+3+N', '2024-01-03T00:00:00Z')`,
      )
      .run(at, at + 7)
    old.close()

    const lib = openLibrary(file)
    // The library was at the highest version already, but two migrations were pending: backed up first.
    expect(listBackups(file).filter((b) => b.kind === 'pre-migration')).toHaveLength(1)
    expect(getPolicy(lib.db, 7)).toMatchObject({
      label: '优化营商环境24条',
      place: '南江',
      issuer: '',
      issued: null,
    })
    expect(listDismissals(lib.db, 1)).toEqual([
      {
        kind: 'framework',
        label: '3+3+N',
        exact: '“3+3+N”',
        prefix: text.slice(at - 32, at),
        suffix: text.slice(at + 7, at + 39),
        start: at,
        end: at + 7,
      },
    ])
    expect(candidatesFor(lib.db, 1).map((c) => c.label)).not.toContain('3+3+N')
    expect(() =>
      lib.db.prepare("UPDATE policies SET issued_on = '2024年3月' WHERE id = 7").run(),
    ).toThrow(/CHECK constraint/)
    lib.close()
  })
})
