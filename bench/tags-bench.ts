/**
 * The tag section of `npm run bench`: a library with 2,000 tags three levels
 * deep (20 × 10 × 10), 20,000 highlights carrying three tags each and 1,000
 * articles carrying two. The baseline is the plain tag list with each tag's
 * direct highlight count (one GROUP BY, no tree); the tag browser's counts
 * within sub-trees are compared with it. Renaming a tag re-indexes every
 * highlight carrying it for search; merging a top-level tree moves 100
 * sub-tags. Writes run in a savepoint that is rolled back, so every run sees
 * the same library (the commit's fsync is not part of the figure).
 * Target: the browser under 250 ms.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Database } from 'better-sqlite3'
import { openLibrary } from '../src/main/core/db/open'
import { insertArticle } from '../src/main/core/db/repos/articles'
import { listTags } from '../src/main/core/db/repos/tags'
import { browseTags } from '../src/main/core/tags/browse'
import { renameTag } from '../src/main/core/tags/edit'
import { mergeTags } from '../src/main/core/tags/merge'
import { findTagByPath } from '../src/main/core/tags/tree'
import { mulberry32 } from './prng'

const TOP = 20
const FAN = 10
const HIGHLIGHTS = 20_000
const ARTICLES = 1_000
const BROWSE_TARGET_MS = 250
const NOW = '2024-05-01T00:00:00.000Z'

export interface TagBenchRow {
  name: string
  medianMs: number
  /** Median over the baseline's median; null for the baseline. */
  ratio: number | null
  targetMs: number | null
}

/** Fills `db` with the tag tree, then articles and highlights tagged at random (seeded). */
function seed(db: Database, seedValue: number): void {
  const rng = mulberry32(seedValue)
  db.transaction(() => {
    const tag = db.prepare('INSERT INTO tags (parent_id, name, created_at) VALUES (?, ?, ?)')
    const all: number[] = []
    for (let a = 0; a < TOP; a++) {
      const top = Number(tag.run(null, `领域${a}`, NOW).lastInsertRowid)
      all.push(top)
      for (let b = 0; b < FAN; b++) {
        const mid = Number(tag.run(top, `方向${b}`, NOW).lastInsertRowid)
        all.push(mid)
        for (let c = 0; c < FAN - 1; c++)
          all.push(Number(tag.run(mid, `专题${c}`, NOW).lastInsertRowid))
      }
    }
    const articleTag = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)',
    )
    const articleIds: number[] = []
    for (let i = 0; i < ARTICLES; i++) {
      const id = insertArticle(
        db,
        {
          sourceId: null,
          position: 0,
          title: `文章${i}`,
          publication: null,
          publishedOn: null,
          blocks: [{ kind: 'paragraph', text: `关于推进第${i}项工作的通知` }],
        },
        NOW,
      )
      articleIds.push(id)
      for (let k = 0; k < 2; k++) articleTag.run(id, rng.pick(all))
    }
    const highlight = db.prepare(
      `INSERT INTO highlights (article_id, start_offset, end_offset, exact, color, note_text, created_at, updated_at)
       VALUES (?, 0, 4, '推进工作', 'yellow', '', ?, ?)`,
    )
    const highlightTag = db.prepare(
      'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)',
    )
    for (let i = 0; i < HIGHLIGHTS; i++) {
      const id = Number(highlight.run(rng.pick(articleIds), NOW, NOW).lastInsertRowid)
      for (let k = 0; k < 3; k++) highlightTag.run(id, rng.pick(all))
    }
  })()
}

function medianOf(runs: number, fn: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((x, y) => x - y)
  return times[Math.floor(times.length / 2)]!
}

/** Runs `fn` inside a savepoint and rolls it back. */
function rolledBack(db: Database, fn: () => unknown): () => void {
  return () => {
    db.exec('SAVEPOINT bench')
    try {
      fn()
    } finally {
      db.exec('ROLLBACK TO bench; RELEASE bench')
    }
  }
}

/** Measures the tag browser against its baseline, and the heaviest writes. */
export function benchTags(
  seedValue: number,
  root: string,
  runs: number,
  log: (l: string) => void,
): TagBenchRow[] {
  const library = openLibrary(join(root, 'tags-bench.sqlite'))
  try {
    const db = library.db
    seed(db, seedValue)
    const tags = listTags(db).length
    log(`tag bench: ${tags} tags, ${HIGHLIGHTS} highlights, ${ARTICLES} articles`)
    const direct = db.prepare('SELECT tag_id, count(*) AS n FROM highlight_tags GROUP BY tag_id')
    const baseline = medianOf(runs, () => [listTags(db), direct.all()])
    const id = (path: string): number => findTagByPath(db, path)!.id
    const row = (name: string, ms: number, targetMs: number | null = null): TagBenchRow => ({
      name,
      medianMs: ms,
      ratio: ms / baseline,
      targetMs,
    })
    return [
      {
        name: `tag list + direct counts, ${tags} tags (baseline)`,
        medianMs: baseline,
        ratio: null,
        targetMs: null,
      },
      row(
        `tag browser: counts within sub-trees, ${tags} tags`,
        medianOf(runs, () => browseTags(db)),
        BROWSE_TARGET_MS,
      ),
      row(
        'rename a mid-level tag (its highlights re-indexed for search)',
        medianOf(
          runs,
          rolledBack(db, () => renameTag(db, id('领域0/方向0'), '新方向')),
        ),
      ),
      row(
        'merge a top-level tag into another (100 sub-tags merged by name)',
        medianOf(
          runs,
          rolledBack(db, () => mergeTags(db, id('领域1'), id('领域2'))),
        ),
      ),
    ]
  } finally {
    library.close()
  }
}

export function formatTagTable(rows: readonly TagBenchRow[]): string {
  const lines = ['Tags (median of runs)', 'scenario | median | × baseline | target']
  for (const r of rows) {
    const target =
      r.targetMs === null ? '' : `${r.medianMs <= r.targetMs ? 'ok' : 'OVER'} < ${r.targetMs} ms`
    lines.push(
      `${r.name} | ${r.medianMs.toFixed(1)} ms | ${r.ratio === null ? '' : `${r.ratio.toFixed(1)}×`} | ${target}`,
    )
  }
  return lines.join('\n')
}
