/**
 * `pizhu import-annotations FILE.json`: merges a colleague's Web Annotation
 * file into the library (one transaction) and prints what was added, merged,
 * already there, and orphaned. Exits 1 when some annotations were orphaned.
 */
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { importAnnotations } from '../../main/core/sharing'
import { UsageError } from '../args'
import type { Command } from '../command'

export const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  synopsis: 'FILE.json',
  summary: "merge a colleague's Web Annotation JSON file into the library",
  async run({ library, args, json, readStdin }) {
    if (args.length !== 1) throw new UsageError('name exactly one annotation file (FILE.json or -)')
    const file = args[0]!
    const fileName = file === '-' ? 'stdin' : basename(file)
    let text: string
    try {
      text =
        file === '-' ? (await readStdin()).toString('utf8') : readFileSync(resolve(file), 'utf8')
    } catch (err) {
      throw new UsageError(
        `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      )
    }
    const s = importAnnotations(library.db, fileName, text)
    const exitCode = s.orphaned ? 1 : 0
    if (json) return { output: JSON.stringify(s, null, 2), exitCode }
    const lines = [
      `${fileName}: ${s.added} added, ${s.merged} merged, ${s.duplicates} already there, ${s.orphaned} orphaned`,
      ...s.items
        .filter((i) => i.status === 'orphaned')
        .map((i) => `  orphaned: "${i.quote.slice(0, 40)}" (${i.title ?? '?'}): ${i.reason}`),
    ]
    return { output: lines.join('\n'), exitCode }
  },
}
